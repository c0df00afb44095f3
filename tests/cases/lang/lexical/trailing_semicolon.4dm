// language.md §1.2: a trailing ; after a statement is tolerated
$x:=1;
$x:=$x+1;
ALERT(String($x));
$o:=New object("a"; 1);
ALERT(JSON Stringify($o));

  // 4D docs (arrays and form objects; not fixed by language.md): assigning a number to the array name selects that element
ARRAY TEXT($a;3)
$a{1}:="a"
$a{2}:="b"
$a{3}:="c"
$a:=2
ALERT(String($a))
ALERT($a{$a})
ALERT(String(Size of array($a)))

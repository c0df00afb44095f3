  // language.md §3.2: C_TEXT(a;b;c) declares every listed variable
C_TEXT($a;$b;$c)
C_LONGINT($i;$j;$k)
ALERT("["+$a+$b+$c+"]")
ALERT(String($i+$j+$k))
$a:="x"
$b:="y"
$c:="z"
$i:=1
$j:=2
$k:=3
ALERT($a+$b+$c+String($i+$j+$k))

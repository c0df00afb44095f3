// CLEAR VARIABLE (C89): back to the empty value of the variable's type
var $t : Text
var $n : Integer
var $r : Real
var $b : Boolean
var $d : Date
var $o : Object
var $c : Collection
$t:="abc"
$n:=42
$r:=2.5
$b:=True
$d:=Current date
$o:=New object("a"; 1)
$c:=New collection(1; 2)
ARRAY TEXT($at; 3)
$at{1}:="x"
$at{0}:="zero"
CLEAR VARIABLE($t)
CLEAR VARIABLE($n)
CLEAR VARIABLE:C89($r)
CLEAR VARIABLE($b)
CLEAR VARIABLE($d)
CLEAR VARIABLE($o)
CLEAR VARIABLE($c)
CLEAR VARIABLE($at)
ALERT("["+$t+"] "+String($n)+" "+String($r)+" "+String($b)+" "+String($d=!00-00-00!))
ALERT(String($o=Null)+" "+String($c=Null)+" "+String(Size of array($at))+" ["+$at{0}+"]")
APPEND TO ARRAY($at; "again")
ALERT(String(Size of array($at))+" "+$at{1})
vProcessText:="p"
CLEAR VARIABLE(vProcessText)
ALERT("["+vProcessText+"]")

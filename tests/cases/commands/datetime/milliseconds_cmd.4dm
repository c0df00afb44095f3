// language.md §12.4: Milliseconds — compare differences only; elapsed time is never negative
var $start; $end; $i; $x : Integer
$start:=Milliseconds
For ($i; 1; 20000)
	$x:=$x+1
End for
$end:=Milliseconds
ALERT(String(($end-$start)>=0))
ALERT(String((Value type(Milliseconds)=Is real) | (Value type(Milliseconds)=Is longint)))

// language.md §4.7 [Decision, revised]: properties of a declared, never-assigned Object/Collection variable read as undefined, no error
var $o : Object
var $val : Integer
$val:=10
$val:=$o.a
ALERT(String($val))
$x:=$o.a
ALERT(String(Undefined($x))+" "+String(Undefined($o.a))+" "+String($o.a=Null))
ALERT(String(Undefined($o.a.b))+" "+String(Undefined($o["a"])))
If ($o.a)
	ALERT("never")
Else 
	ALERT("false")
End if 
var $c : Collection
ALERT(String($c.length)+" "+String(Undefined($c[0])))
C_OBJECT($legacy)
ALERT(String(Undefined($legacy.a)))
C_OBJECT(gSettings)
If (gSettings.x=Null)
	gSettings:=New object("x"; 1)
End if 
ALERT(String(gSettings.x))
// a loop reading before assigning: the first pass sees undefined
var $last : Object
var $i : Integer
For ($i; 1; 3)
	If ($last.n=Null)
		ALERT("first")
	Else 
		ALERT("after "+String($last.n))
	End if 
	$last:={n: $i}
End for 

// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// An undefined argument for a Text parameter arrives as ""
#DECLARE($myText : Text) -> $r : Text
If (Count parameters=0)
	var $o : Object
	$r:=test_undefined_parameter_converted($o.a)
	ASSERT($r="[]"; "gave "+$r)
Else
	$r:="["+$myText+"]"
End if

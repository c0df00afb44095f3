// Doc: https://developer.4d.com/docs/commands/lowercase#example-1
// The Caps method: Caps("john") returns "John"
#DECLARE($in : Text) -> $out : Text
If (Count parameters=0)
	ASSERT(Compare strings(test_lowercase_caps_method("jOHN"); "John"; sk char codes)=0; "gave "+test_lowercase_caps_method("jOHN"))
Else
	$out:=Lowercase($in)
	If (Length($out)>0)
		$out[[1]]:=Uppercase($out[[1]])
	End if
End if

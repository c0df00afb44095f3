// Doc: https://developer.4d.com/docs/Concepts/dt_string#example
// Capitalize_text upper-cases the first character of each word
#DECLARE($in : Text) -> $out : Text
If (Count parameters=0)
	var $r : Text:=test_capitalize_text_example("hello, my name is jane doe and i'm running for president!")
	ASSERT(Compare strings($r; "Hello, My Name Is Jane Doe And I'm Running For President!"; sk char codes)=0; "gave "+$r)
Else
	var $vlLen; $vlChar : Integer
	$out:=$in
	$vlLen:=Length($out)
	If ($vlLen>0)
		$out[[1]]:=Uppercase($out[[1]])
		For ($vlChar; 1; $vlLen-1)
			If (Position($out[[$vlChar]]; " !&()-{}:;<>?/,.=+*")>0)
				$out[[$vlChar+1]]:=Uppercase($out[[$vlChar+1]])
			End if
		End for
	End if
End if

// language.md §12.4: Random returns an integer in 0..32767
var $i; $r; $bad : Integer
$bad:=0
For ($i; 1; 500)
	$r:=Random
	If ($r<0) | ($r>32767) | ($r#Int($r))
		$bad:=$bad+1
	End if
End for
ALERT("out of range: "+String($bad))

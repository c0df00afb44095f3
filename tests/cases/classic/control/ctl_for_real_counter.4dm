  // language.md §5: the counter may be a real variable with a fractional step
C_REAL($r)
C_TEXT($out)
For ($r;0;1;0.25)
	$out:=$out+String($r)+" "
End for 
ALERT($out)
ALERT(String($r))

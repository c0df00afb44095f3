  // language.md §7.2 [Decision]: with #DECLARE the same values are also available as $1, $2
#DECLARE($a : Text; $b : Integer) -> $r : Text
If (Count parameters=0)
	ALERT(lm_declare_and_dollar_params("v";7))
Else 
	$r:=$1+String($2)+"|"+$a+String($b)
End if 

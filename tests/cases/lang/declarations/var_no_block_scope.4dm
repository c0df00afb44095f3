// language.md §3.3: locals belong to the method call, not to the enclosing block
If (True)
	var $inner : Text:="x"
End if 
ALERT($inner)
For ($i; 1; 2)
	$last:=$i
End for 
ALERT(String($last))

// language.md §4.2: conditions are ordinary expressions; parentheses are conventional
$a:=1
$b:=2
If ($a=1) & ($b=2)
	ALERT("both")
End if 
If $a=1
	ALERT("bare")
End if 
If ($a=2) | ($b=2)
	ALERT("either")
End if 

// language.md §5: break and continue apply to the innermost loop
$seen:=[]
For ($i; 1; 3)
	For ($j; 1; 3)
		If ($j=2)
			break
		End if 
		$seen.push(String($i)+String($j))
	End for 
End for 
ALERT(JSON Stringify($seen))
ALERT(String($i))

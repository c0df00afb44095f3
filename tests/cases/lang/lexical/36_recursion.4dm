// language.md §1.6: project method names may start with a digit; the file stem is callable
#DECLARE($n : Integer) -> $r : Integer
If (Count parameters=0)
	ALERT(String(36_recursion(5)))
Else 
	If ($n<=0)
		$r:=0
	Else 
		$r:=$n+36_recursion($n-1)
	End if 
End if 

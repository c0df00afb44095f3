// language.md §11.4: Try/Catch inside a loop — each iteration is protected, the loop goes on
var $i : Integer
var $log : Collection
$log:=New collection
For ($i; 1; 3)
	Try
		If ($i=2)
			throw(100+$i; "bad "+String($i))
		End if
		$log.push("ok "+String($i))
	Catch
		$log.push("err "+String(Last errors[0].errCode)+" "+Last errors[0].message)
	End try
End for
ALERT($log.join(", "))

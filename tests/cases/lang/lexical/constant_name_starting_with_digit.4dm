// language.md §1.5 (tokenized exports): a constant name may start with digits (`64 bit version:K5:25`), also right after an operator
var $version : Integer
$version:=3
If (False)
	$is64:=$version ?? 64 bit version:K5:25
End if 
ALERT(String($version ?? 1))

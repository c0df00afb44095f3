// language.md §4.5: an undefined condition counts as False in If/While/Case
$o:={}
If ($o.missing)
	ALERT("never")
Else 
	ALERT("undefined is false")
End if 
$n:=0
While ($o.missing)
	$n:=$n+1
End while 
ALERT(String($n))
Case of 
	: ($o.missing)
		ALERT("never")
	Else 
		ALERT("case else")
End case 

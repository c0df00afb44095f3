// language.md §11.4: an error thrown inside a Formula call is caught by the caller's Try/Catch
$f:=Formula(throw(501; "from formula "+String($1)))
Try
	$f.call(Null; 7)
	ALERT("must not print")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
$g:=Formula(JSON Parse($1))
$r:=Try($g.call(Null; "{bad"))
ALERT(String(Undefined($r))+" "+String(Last errors.length>0))
$c:=[1; 2; 3]
Try
	$c.map(Formula($1.value/$1.value.x))
Catch
	ALERT("map callback error caught")
End try

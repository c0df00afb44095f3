// language.md §11.5: several deferred throws in one method are all raised together when it returns
#DECLARE($mode : Text)
If ($mode="thrower")
	throw({errCode: 1; message: "one"; deferred: True})
	throw({errCode: 2; message: "two"; deferred: True})
	return
End if
var $codes : Collection
Try
	throw_multiple_deferred("thrower")
Catch
	$codes:=Last errors.extract("errCode")
	ALERT(String(Last errors.length))
	ALERT(String($codes.includes(1) & $codes.includes(2)))
End try

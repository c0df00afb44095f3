// 4d/docs JSON Validate: an invalid schema throws an error (fourd: -10731)
var $r : Object
Try
	$r:=JSON Validate({}; {type: 12})
Catch
	ALERT(String(Last errors[0].errCode)+" "+String($r=Null))
End try

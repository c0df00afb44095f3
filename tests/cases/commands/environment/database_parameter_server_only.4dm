// fourd decision (environment.py): a selector that only means something to a server is error -10999 naming it; an unknown selector is -10721
var $v : Real
Try
	$v:=Get database parameter(Port ID)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	SET DATABASE PARAMETER(SQL Server Port ID; 19812)
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$v:=Get database parameter(9999)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	SET DATABASE PARAMETER(Is current database a project; 0)
Catch
	ALERT(String(Last errors[0].errCode))
End try

// README "Headless": displaying a form or opening a window is error -10995
var $win : Integer
Try
	$win:=Open form window("Dialog")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	DIALOG("Dialog"; New object)
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$win:=Open window(10; 10; 200; 200)
Catch
	ALERT(String(Last errors[0].errCode))
End try
DIALOG("Dialog")
ALERT("not reached")

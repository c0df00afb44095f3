// Doc: https://developer.4d.com/docs/commands/date#example-4
// Date of a date returns it as is; Value type tells a date attribute from a text one
var $myObj : Object:=New object("myDate"; !2021-03-04!; "txt"; "2021-03-04")
var $vDate : Date
If (Value type($myObj.myDate)=Is date)
	$vDate:=$myObj.myDate
Else
	$vDate:=Date($myObj.myDate)
End if
ASSERT($vDate=!2021-03-04!; "date attribute")
ASSERT(Date($myObj.txt)=!2021-03-04!; "text attribute")
ASSERT(Date(!2021-03-04!)=!2021-03-04!; "date as is")

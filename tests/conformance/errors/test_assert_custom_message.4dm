// Doc: https://developer.4d.com/docs/commands/assert#example-2
// A custom message replaces the assertion text: "Assert failed: Search for a blank client name"
var $err : Object
Try
	ASSERT(""#""; "Search for a blank client name")
Catch
	$err:=Last errors[0]
End try
ASSERT($err.message="Assert failed: Search for a blank client name"; "message "+$err.message)

// Doc: https://developer.4d.com/docs/commands/assert#description
// A false ASSERT triggers error -10518 with "Assert failed:" and the assertion text
var $err : Object
Try
	ASSERT(1=2)
Catch
	$err:=Last errors[0]
End try
ASSERT($err.errCode=-10518; "code "+String($err.errCode))
ASSERT(Position("Assert failed"; $err.message)=1; "message "+$err.message)
ASSERT(Position("1=2"; $err.message)>0; "assertion text missing: "+$err.message)

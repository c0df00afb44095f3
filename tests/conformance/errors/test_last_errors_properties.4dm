// Doc: https://developer.4d.com/docs/commands/last-errors#description
// Each error object has errCode, message and componentSignature
var $errs : Collection
Try
	var $x : Variant:="a"+1
Catch
	$errs:=Last errors
End try
ASSERT($errs.length>=1; "no error")
ASSERT(Value type($errs[0].errCode)=Is real; "errCode")
ASSERT(Value type($errs[0].message)=Is text; "message")
ASSERT(Value type($errs[0].componentSignature)=Is text; "componentSignature")
ASSERT($errs[0].componentSignature="4DRT"; "signature "+$errs[0].componentSignature)

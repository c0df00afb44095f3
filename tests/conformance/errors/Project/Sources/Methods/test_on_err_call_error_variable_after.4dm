// Doc: https://developer.4d.com/docs/Concepts/error-handling#using-an-empty-error-handling-method
// With an empty handler the Error variable can be tested after the failing line (If (Error=-43))
ON ERR CALL("emptyMethod")
throw(-43; "File not found")
var $notFound : Boolean:=(Error=-43)
ON ERR CALL("")
ASSERT($notFound; "Error is "+String(Error))

// Doc: https://developer.4d.com/docs/commands/on-err-call#description
// Without ABORT in the handler, 4D returns to the interrupted method and continues
var $after : Boolean:=False
ON ERR CALL("emptyMethod")
throw(1; "boom")
$after:=True
ON ERR CALL("")
ASSERT($after; "execution did not continue after the error")

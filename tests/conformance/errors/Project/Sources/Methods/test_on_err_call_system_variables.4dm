// Doc: https://developer.4d.com/docs/Concepts/error-handling#handling-errors-within-the-method
// In the handler, Error, Error method, Error line and Last errors describe the error
gCount:=0
ON ERR CALL("recordError")
throw(123; "my error")
ON ERR CALL("")
ASSERT(gCount=1; "handler called "+String(gCount)+" times")
ASSERT(gError=123; "Error "+String(gError))
ASSERT(gErrorMethod="test_on_err_call_system_variables"; "Error method "+gErrorMethod)
ASSERT(gErrorLine=5; "Error line "+String(gErrorLine))
ASSERT(gLast[0].message="my error"; "Last errors "+JSON Stringify(gLast))

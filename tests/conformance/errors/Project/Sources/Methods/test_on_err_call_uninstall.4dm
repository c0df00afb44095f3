// Doc: https://developer.4d.com/docs/Concepts/error-handling#installing-an-error-handling-method
// ON ERR CALL("") gives control back: a later error is no longer trapped by the method
gCount:=0
ON ERR CALL("recordError"; ek local)
throw(1)
ON ERR CALL(""; ek local)
var $caught : Boolean:=False
Try
	throw(2)
Catch
	$caught:=True
End try
ASSERT(gCount=1; "handler called "+String(gCount)+" times")
ASSERT($caught; "second error not raised")

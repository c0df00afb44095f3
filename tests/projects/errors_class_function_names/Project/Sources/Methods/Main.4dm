//%attributes = {}
// Error method and Call chain keep a class function's case (Kettle.doBoom) and show no repeated frame
var $k : cs.Kettle
$k:=cs.Kettle.new()
var $f : 4D.Function
$f:=Formula($k.callsBoom())
ON ERR CALL("Handler")
$k.callsBoom()
$f.call()
var $level : Integer
$level:=$k.heatLevel
ON ERR CALL("")
Try
	$k.callsBoom()
Catch
	ALERT("caught "+String(Last errors[0].errCode))
End try
$f.call()

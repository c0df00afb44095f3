// Doc: https://developer.4d.com/docs/API/FunctionClass#source
// .source is read-only
var $of : 4D.Function:=Formula(1+2)
var $failed : Boolean:=False
Try
	$of.source:="3+4"
Catch
	$failed:=True
End try
ASSERT($of.source="1+2"; "source changed to "+$of.source)

//%attributes = {}
// --data PATH / --dataless reach the database layer
var $item : Object
Try
	$item:=ds.Item.new()
	$item.name:="one"
	$item.save()
	LOG EVENT(Into system standard outputs; "items: "+String(ds.Item.all().length)+" data file: "+String(Data file#"")+"\n")
Catch
	LOG EVENT(Into system standard outputs; "error "+String(Last errors[0].errCode)+"\n")
End try

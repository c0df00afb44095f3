// 4D pre-creates ORDA classes for the data model objects of a project's catalog (docs
// ORDA/ordaClasses.md "Creating classes"): a lone .4dm file has no catalog, so none
var $e : Object
Try
	ALERT(cs.DataStore.name)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$e:=cs.PersonEntity.new()
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(JSON Stringify(OB Keys(cs)))
ALERT(OB Class(ds).name)

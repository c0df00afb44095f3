//duplicate_entities method (docs API/EntitySelectionClass.md, .getDataClass() example)
//duplicate_entities($entity_selection)
#DECLARE($entitySelection : 4D.EntitySelection)
var $dataClass : 4D.DataClass
var $entity; $duplicate : 4D.Entity
var $status : Object
$dataClass:=$entitySelection.getDataClass()
For each ($entity; $entitySelection)
	$duplicate:=$dataClass.new()
	$duplicate.fromObject($entity.toObject())
	$duplicate[$dataClass.getInfo().primaryKey]:=Null  //reset the primary key
	$status:=$duplicate.save()
End for each

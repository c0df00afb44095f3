//duplicate_entity method (docs API/EntityClass.md, .getDataClass() example)
//duplicate_entity($entity)
#DECLARE($entity : 4D.Entity) -> $status : Object
var $entityNew : 4D.Entity
$entityNew:=$entity.getDataClass().new()  //create a new entity in the parent dataclass
$entityNew.fromObject($entity.toObject())  //get all attributes
$entityNew[$entity.getDataClass().getInfo().primaryKey]:=Null  //reset the primary key
$status:=$entityNew.save()  //save the duplicated entity

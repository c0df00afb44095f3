// SearchDuplicate method (docs API/DataClassClass.md, .getDataStore() example)
// SearchDuplicate(entity_to_search;dataclass_name)
#DECLARE($pet : Object; $dataClassName : Text) -> $duplicates : Object
var $dataStore : Object
$dataStore:=$pet.getDataClass().getDataStore()
$duplicates:=$dataStore[$dataClassName].query("name=:1"; $pet.name)

// Doc: https://developer.4d.com/docs/commands/ob-get-property-names#example-1
// OB GET PROPERTY NAMES fills the names and types arrays
ARRAY TEXT(arrNames; 0)
ARRAY LONGINT(arrTypes; 0)
var $ref_richard : Object
OB SET($ref_richard; "name"; "Richard"; "age"; 7)
OB GET PROPERTY NAMES($ref_richard; arrNames; arrTypes)
ASSERT(Size of array(arrNames)=2; "size "+String(Size of array(arrNames)))
ASSERT((arrNames{1}="name") & (arrNames{2}="age"); "names")
ASSERT((arrTypes{1}=2) & (arrTypes{2}=1); "types")

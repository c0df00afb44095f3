// Doc: https://developer.4d.com/docs/commands/ob-get-property-names#example-2
// A null attribute has type 255 (Is null) in OB GET PROPERTY NAMES
var $ref_james : Object
OB SET($ref_james; "name"; "James")
OB SET NULL($ref_james; "age")
ARRAY TEXT($arrNames; 0)
ARRAY LONGINT($arrTypes; 0)
OB GET PROPERTY NAMES($ref_james; $arrNames; $arrTypes)
ASSERT($arrTypes{2}=255; "age type "+String($arrTypes{2}))

// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#examples
// Comparison results with undefined, null and an unassigned Variant
var $vObj : Object
var $vVar : Variant
$vObj:=New object
$vObj.null:=Null
ASSERT(($vObj.undefined=42)=False; "1")
ASSERT(($vObj.undefined=$vObj.null)=True; "2")
ASSERT(($vObj.undefined=$vVar)=True; "3")
ASSERT(($vObj.undefined#$vObj.null)=False; "4")
ASSERT(($vObj.undefined#42)=True; "5")
ASSERT(($vObj.undefined#$vVar)=False; "6")
ASSERT(($vObj.undefined>"hello")=False; "7")
ASSERT(($vVar<42)=False; "8")

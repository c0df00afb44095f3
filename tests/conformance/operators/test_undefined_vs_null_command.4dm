// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#examples
// Undefined() and =Null on a set, a null and a missing property
var $vEmp : Object:=New object
$vEmp.name:="Smith"
$vEmp.children:=Null
ASSERT(Undefined($vEmp.name)=False; "1")
ASSERT(($vEmp.name=Null)=False; "2")
ASSERT(Undefined($vEmp.children)=False; "3")
ASSERT(($vEmp.children=Null)=True; "4")
ASSERT(Undefined($vEmp.parent)=True; "5")
ASSERT(($vEmp.parent=Null)=True; "6")

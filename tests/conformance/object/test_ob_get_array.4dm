// Doc: https://developer.4d.com/docs/commands/ob-get-array#example-1
// OB GET ARRAY retrieves the array stored by OB SET ARRAY
var $Children : Object
ARRAY TEXT($arrChildren; 2)
$arrChildren{1}:="Richard"
$arrChildren{2}:="Susan"
OB SET ARRAY($Children; "Children"; $arrChildren)
ARRAY TEXT($result; 0)
OB GET ARRAY($Children; "Children"; $result)
ASSERT(Size of array($result)=2; "size "+String(Size of array($result)))
ASSERT(($result{1}="Richard") & ($result{2}="Susan"); "values")

// Doc: https://developer.4d.com/docs/commands/new-object#example-2
// OB SET ARRAY stores an array as a collection; New object nests it
var $Children; $Contact : Object
ARRAY TEXT($arrChildren; 3)
$arrChildren{1}:="Richard"
$arrChildren{2}:="Susan"
$arrChildren{3}:="James"
OB SET ARRAY($Children; "Children"; $arrChildren)
$Contact:=New object("FirstName"; "Alan"; "LastName"; "Parker"; "age"; 30; "Children"; $Children)
ASSERT(JSON Stringify($Contact)="{\"FirstName\":\"Alan\",\"LastName\":\"Parker\",\"age\":30,\"Children\":{\"Children\":[\"Richard\",\"Susan\",\"James\"]}}"; "gave "+JSON Stringify($Contact))

// Doc: https://developer.4d.com/docs/commands/ob-get-array#example-2
// Changing an object element retrieved by OB GET ARRAY changes the stored object
var $refEmployees : Object:=New object("__ENTITIES"; New collection(New object("age"; 40)))
ARRAY OBJECT($refs; 0)
OB GET ARRAY($refEmployees; "__ENTITIES"; $refs)
OB SET($refs{1}; "age"; 25)
ASSERT($refEmployees.__ENTITIES[0].age=25; "gave "+JSON Stringify($refEmployees))

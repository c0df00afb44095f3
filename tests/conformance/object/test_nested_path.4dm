// Doc: https://developer.4d.com/docs/Concepts/dt_object#properties
// employee.children[2].age reads through objects and collections
var employee : Object:=New object("children"; New collection(New object("age"; 1); New object("age"; 5); New object("age"; 9)))
ASSERT(employee.children[2].age=9; "gave "+String(employee.children[2].age))

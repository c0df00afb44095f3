// Doc: https://developer.4d.com/docs/Concepts/dt_object#properties
// object["propertyName"] and object[$property] read the same property as object.propertyName
var employee : Object:=New object
employee.name:="Smith"
var $property : Text:="name"
ASSERT(employee["name"]="Smith"; "[\"name\"]")
ASSERT(employee[$property]="Smith"; "[$property]")

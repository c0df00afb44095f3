// Doc: https://developer.4d.com/docs/Concepts/dt_object#null-value
// Null can be assigned to and compared with properties and collection elements
var myObject : Object:=New object("address"; New object("zip"; "75000"))
var myColl : Collection:=New collection(1; 2; Null)
myObject.address.zip:=Null
ASSERT(myObject.address.zip=Null; "zip not null")
ASSERT(myColl[2]=Null; "element not null")

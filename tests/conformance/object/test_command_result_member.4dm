// Doc: https://developer.4d.com/docs/Concepts/dt_object#properties
// Object notation applies to commands returning objects or collections
ASSERT(New object("a"; 3).a=3; "New object(…).a")
ASSERT(New collection(1; 2; 3).length=3; "New collection(…).length")
ASSERT(JSON Parse("{\"x\":{\"y\":7}}").x.y=7; "JSON Parse(…).x.y")

// Doc: https://developer.4d.com/docs/API/FunctionClass#formula-objects
// A formula stored in a property runs with (); without () the property returns the formula itself
var $f : Object:=New object
$f.message:=Formula("Hello world")
ASSERT($f.message()="Hello world"; "() gave "+String($f.message()))
ASSERT($f["message"]()="Hello world"; "[\"message\"]() failed")
var $o : Variant:=$f.message
ASSERT(OB Instance of($o; 4D.Function); "property alone is not the formula")
ASSERT($f.message.apply()="Hello world"; "apply() failed")

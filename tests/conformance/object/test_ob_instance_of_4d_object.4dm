// Doc: https://developer.4d.com/docs/commands/ob-instance-of#description
// Every object is an instance of 4D.Object
var $o : Object:=New object
ASSERT(OB Instance of($o; 4D.Object); "plain object")
ASSERT(OB Instance of(Formula(1); 4D.Function); "formula")
ASSERT(Not(OB Instance of($o; 4D.Function)); "object as function")

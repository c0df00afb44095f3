// Doc: https://developer.4d.com/docs/Concepts/classes#initializing-the-property-in-the-declaration-line
// Properties of the parent class are instantiated before those of the child class
var $o : cs.InitChild:=cs.InitChild.new()
var $keys : Collection:=OB Keys($o)
ASSERT($keys.indexOf("name")<$keys.indexOf("childProp"); "keys "+JSON Stringify($keys))
ASSERT($o.childProp="child"; "child property")

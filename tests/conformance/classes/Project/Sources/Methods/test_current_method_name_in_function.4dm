// Doc: https://developer.4d.com/docs/Concepts/classes#function
// In a class function Current method name returns "<ClassName>.<FunctionName>"
var $p : cs.Person:=cs.Person.new("a"; "b")
ASSERT($p.whoAmI()="Person.whoAmI"; "gave "+$p.whoAmI())

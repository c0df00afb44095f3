// Doc: https://developer.4d.com/docs/Concepts/classes#return-value
// A result declared with -> $result or with : type and return
var $a : cs.Adder:=cs.Adder.new()
ASSERT($a.add(2; 3)=5; "-> gave "+String($a.add(2; 3)))
ASSERT($a.addReturn(2; 3)=5; ": gave "+String($a.addReturn(2; 3)))

// Doc: https://developer.4d.com/docs/API/ClassClass#new
// Without a constructor new() creates an instance that has the class functions
var $o : Object:=cs.NoConstructor.new(1; 2)
ASSERT($o.hello()="hello"; "function missing")
ASSERT(OB Is empty($o); "instance not empty: "+JSON Stringify($o))

// language.md §8.3/§9: class functions are 4D.Function values: .call/.apply, other This, bracket call
var $g : cs.Greeter:=cs.Greeter.new("Ann")
var $f : 4D.Function:=$g.greet
ALERT(String(Value type($f)))
ALERT(String(OB Instance of($f; 4D.Function)))
ALERT($f.call($g; "Hi"))
ALERT($f.call({name: "Bob"}; "Yo"))
ALERT($g.greet.apply($g; ["Hey"]))
ALERT(String($g.add.apply($g; [1; 2])))
ALERT(String($g.add.call(Null; 5; 6)))
var $o : Object:={name: "Plain"; hello: $g.greet}
ALERT($o.hello("Bonjour"))
ALERT($g["greet"]("Hallo"))
ALERT(String($g.argc.call($g; 1; 2; 3)))
ALERT(String($g.argc.apply($g; [1; 2])))

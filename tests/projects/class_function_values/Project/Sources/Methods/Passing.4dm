var $g : cs.Greeter:=cs.Greeter.new("Eve")
ALERT(Apply($g.greet; $g; "Hello"))
ALERT(Apply($g.greet; {name: "Max"}; "Hello"))
ALERT(Apply(Formula(This.name+"/"+$1); $g; "F"))

// language.md §8.3: obj.prop(args) = obj.prop.call(obj; args)
$o:={base: 10}
$o.add:=Formula(This.base+$1)
ALERT(String($o.add(5)))
ALERT(String($o.add.call($o; 6)))
$o.base:=100
ALERT(String($o.add(1)))

// language.md §7.1: scalars are copied, objects/collections/instances passed by reference
var $o : Object:={}
var $c : Collection:=[1]
var $n : Integer:=1
var $t : Text:="a"
Mutate($o; $c; $n; $t)
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($c))
ALERT(String($n))
ALERT($t)
var $keep : Object:={x: 1}
Reassign($keep)
ALERT(JSON Stringify($keep))
var $p : cs.Person:=cs.Person.new("Ann")
Rename($p; "Bob")
ALERT($p.name)

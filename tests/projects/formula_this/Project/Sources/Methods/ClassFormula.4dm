// language.md §8.1/§9: formulas stored on instances; This is not captured at creation
var $b : cs.Box:=cs.Box.new(4)
ALERT(String($b.double()))
$b.val:=6
ALERT(String($b.double()))
var $getter : 4D.Function:=$b.makeGetter()
ALERT(String($getter.call($b)))
var $other : Object:={val: "other"; get: $getter}
ALERT($other.get())
ALERT(String($b.callStored(10)))

// language.md §1.4: keywords are case-insensitive in class files (function, class constructor, this)
var $c : cs.Calc:=cs.Calc.new(10)
ALERT(String($c.divide(4)))
ALERT(String($c.double))
$c.double:=3
ALERT(String($c.data))
ALERT(cs.Calc.new(1).describe())
ALERT(String(cs.Calc.new(1).base))

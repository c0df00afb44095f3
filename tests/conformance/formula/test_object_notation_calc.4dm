// Doc: https://developer.4d.com/docs/commands/formula#example-6
// One formula set on two objects computes each one's total through This
var $feta; $robot : Object
var $calc : 4D.Function
$robot:=New object("name"; "Robot"; "price"; 543; "quantity"; 2)
$feta:=New object("name"; "Feta"; "price"; 12.5; "quantity"; 5)
$calc:=Formula(This.total:=This.price*This.quantity)
$feta.calc:=$calc
$robot.calc:=$calc
$feta.calc()
$robot.calc()
ASSERT($feta.total=62.5; "feta "+String($feta.total))
ASSERT($robot.total=1086; "robot "+String($robot.total))

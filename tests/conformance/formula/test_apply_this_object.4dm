// Doc: https://developer.4d.com/docs/API/FunctionClass#apply
// .apply($obj) runs the formula with This = $obj (total 62.5 and 1086)
var $calc : 4D.Function
var $feta; $robot : Object
$robot:=New object("name"; "Robot"; "price"; 543; "quantity"; 2)
$feta:=New object("name"; "Feta"; "price"; 12.5; "quantity"; 5)
$calc:=Formula(This.total:=This.price*This.quantity)
$calc.apply($feta)
$calc.apply($robot)
ASSERT($feta.total=62.5; "feta "+String($feta.total))
ASSERT($robot.total=1086; "robot "+String($robot.total))

// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-and-operator-
// $item.taxRate && (…) gives the missing taxRate when it is undefined, the product otherwise (example 2)
var $item : Object:=New object("price"; 100)
var $tax : Variant
$tax:=$item.taxRate && ($item.price*$item.taxRate)
ASSERT($tax=Null; "no rate gave "+String($tax))
$item.taxRate:=0.2
$tax:=$item.taxRate && ($item.price*$item.taxRate)
ASSERT($tax=20; "rate gave "+String($tax))

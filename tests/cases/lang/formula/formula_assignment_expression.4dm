// language.md §4.1: := can be used as an expression inside Formula(...)
$o:={price: 5; quantity: 3}
$o.calc:=Formula(This.total:=This.price*This.quantity)
$o.calc()
ALERT(String($o.total))
$o.quantity:=4
$o.calc()
ALERT(String($o.total))

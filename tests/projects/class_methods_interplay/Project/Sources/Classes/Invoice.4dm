Class constructor($id : Text)
	This.id:=$id
	This.lines:=[]

Function addLine($name : Text; $qty : Integer; $price : Real)
	This.lines.push({name: $name; qty: $qty; price: $price})

Function total() -> $t : Real
	var $l : Object
	For each ($l; This.lines)
		$t:=$t+($l.qty*$l.price)
	End for each

Function summary() -> $t : Text
	$t:=Describe invoice(This)+", total "+FormatMoney(This.total())

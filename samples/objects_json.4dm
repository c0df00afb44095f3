// fourd sample: objects and JSON. Try it: fourd run samples/objects_json.4dm
var $order : Object
$order:={id: 1042; customer: {name: "Ada"; city: "London"}; lines: []}
$order.lines.push({item: "pen"; qty: 3; price: 1.5})
$order.lines.push({item: "book"; qty: 1; price: 12})

var $total : Real
For each ($line; $order.lines)
	$total+=$line.qty*$line.price
End for each
$order.total:=$total

ALERT(JSON Stringify($order))
ALERT(JSON Stringify($order; *))

$copy:=JSON Parse(JSON Stringify($order))
ALERT("keys: "+OB Keys($copy).join(", "))
ALERT("customer: "+$copy.customer.name+" ("+$copy.customer.city+")")

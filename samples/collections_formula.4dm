// fourd sample: collections and Formula. Try it: fourd run samples/collections_formula.4dm
var $numbers : Collection
$numbers:=[5; 3; 8; 1; 9; 2]

$even:=$numbers.filter(Formula($1.value%2=0))
$squares:=$numbers.map(Formula($1.value*$1.value))
$sum:=$numbers.reduce(Formula($1.accumulator+$1.value); 0)

ALERT("numbers: "+JSON Stringify($numbers))
ALERT("even:    "+JSON Stringify($even))
ALERT("squares: "+JSON Stringify($squares))
ALERT("sum:     "+String($sum))
ALERT("sorted:  "+JSON Stringify($numbers.copy().sort()))

// Formula captures local variables by value when it is created
$factor:=10
$scale:=Formula($1*$factor)
$factor:=1000
ALERT("scale(4) = "+String($scale.call(Null; 4)))

$people:=[{name: "Ada"; age: 36}; {name: "Alan"; age: 41}; {name: "Grace"; age: 85}]
ALERT("over 40: "+$people.query("age > :1"; 40).extract("name").join(", "))

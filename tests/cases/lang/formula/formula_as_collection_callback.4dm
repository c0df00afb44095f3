// language.md §8.3/§12.2: where a callback is expected a formula is accepted; it receives an object in $1
$c:=[1; 2; 3]
ALERT(JSON Stringify($c.map(Formula($1.value*10))))
ALERT(JSON Stringify($c.filter(Formula($1.value>=$2); 2)))
$words:=["apple"; 7; "kiwi"; "banana"]
ALERT(JSON Stringify($words.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)))

// Doc: https://developer.4d.com/docs/API/CollectionClass#multisort
// .multiSort(formula; [$address]) sorts objects with a comparator, stable, in sync (example 3)
var $name; $address : Collection
$name:=[]
$name.push({firstname: "John"; lastname: "Smith"})
$name.push({firstname: "Alain"; lastname: "Martin"})
$name.push({firstname: "Jane"; lastname: "Doe"})
$name.push({firstname: "John"; lastname: "Doe"})
$address:=[]
$address.push({city: "Paris"; country: "France"})
$address.push({city: "Lyon"; country: "France"})
$address.push({city: "Eching"; country: "Germany"})
$address.push({city: "Berlin"; country: "Germany"})
$name.multiSort(Formula($1.value.firstname<$1.value2.firstname); [$address])
ASSERT($name.extract("lastname").join(",")="Martin,Doe,Smith,Doe"; "names "+$name.extract("lastname").join(","))
ASSERT($address.extract("city").join(",")="Lyon,Eching,Paris,Berlin"; "cities "+$address.extract("city").join(","))

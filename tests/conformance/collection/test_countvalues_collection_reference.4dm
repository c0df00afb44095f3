// Doc: https://developer.4d.com/docs/API/CollectionClass#countvalues
// .countValues(collectionRef) counts references to that collection (example 3: 1)
var $letters : Collection:=New collection("a"; "b"; "c")
var $numbers : Collection:=New collection(1; 2; $letters; 3; 4; 5)
ASSERT($numbers.countValues($letters)=1; "gave "+String($numbers.countValues($letters)))
ASSERT($numbers.countValues(New collection("a"; "b"; "c"))=0; "an equal but other collection was counted")

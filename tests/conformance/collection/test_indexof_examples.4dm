// Doc: https://developer.4d.com/docs/API/CollectionClass#indexof
// .indexOf() examples: 3 -> 4, (5;5) -> 9, "al@" -> 5, "Hello" -> -1
var $col : Collection:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5)
ASSERT($col.indexOf(3)=4; "indexOf(3) "+String($col.indexOf(3)))
ASSERT($col.indexOf(5; 5)=9; "indexOf(5;5) "+String($col.indexOf(5; 5)))
ASSERT($col.indexOf("al@")=5; "indexOf(al@) "+String($col.indexOf("al@")))
ASSERT($col.indexOf("Hello")=-1; "indexOf(Hello) "+String($col.indexOf("Hello")))

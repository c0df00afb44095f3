// Doc: https://developer.4d.com/docs/API/CollectionClass#reduceright
// .reduceRight() with *= and initValue 1 returns 86400
var $c : Collection:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
var $r : Real:=$c.reduceRight(Formula($1.accumulator*=$1.value); 1)
ASSERT($r=86400; "gave "+String($r))

// Doc: https://developer.4d.com/docs/API/CollectionClass#at
// .at() with a negative index counts back from the last item
var $col : Collection:=New collection(10; 20; 30; 40; 50)
ASSERT($col.at(-1)=50; "at(-1) gave "+String($col.at(-1)))
ASSERT($col.at(-2)=40; "at(-2) gave "+String($col.at(-2)))

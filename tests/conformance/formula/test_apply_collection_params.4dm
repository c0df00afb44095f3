// Doc: https://developer.4d.com/docs/API/FunctionClass#apply
// .apply(Null;$c) passes the collection as $1…$n: 10+20+30 = 60
var $f : 4D.Function:=Formula($1+$2+$3)
var $c : Collection:=New collection(10; 20; 30)
ASSERT($f.apply(Null; $c)=60; "gave "+String($f.apply(Null; $c)))

// Doc: https://developer.4d.com/docs/API/CollectionClass#lastindexof
// .lastIndexOf() examples: "e" -> 12, ("e";6) -> 4, ("e";15) -> 12, ("e";-2) -> 10, "x" -> -1
var $col : Collection:=Split string("a,b,c,d,e,f,g,h,i,j,e,k,e"; ",")
ASSERT($col.lastIndexOf("e")=12; "1: "+String($col.lastIndexOf("e")))
ASSERT($col.lastIndexOf("e"; 6)=4; "2: "+String($col.lastIndexOf("e"; 6)))
ASSERT($col.lastIndexOf("e"; 15)=12; "3: "+String($col.lastIndexOf("e"; 15)))
ASSERT($col.lastIndexOf("e"; -2)=10; "4: "+String($col.lastIndexOf("e"; -2)))
ASSERT($col.lastIndexOf("x")=-1; "5: "+String($col.lastIndexOf("x")))

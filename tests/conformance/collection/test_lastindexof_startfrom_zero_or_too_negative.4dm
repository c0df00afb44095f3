// Doc: https://developer.4d.com/docs/API/CollectionClass#lastindexof
// Follows: the description's bullets, although a search starting at index 0 could see element 0
// .lastIndexOf(): startFrom = 0 returns -1 (not searched); startFrom+length < 0 returns -1
var $col : Collection:=New collection("e"; "f"; "e")
ASSERT($col.lastIndexOf("e"; -10)=-1; "too negative gave "+String($col.lastIndexOf("e"; -10)))
ASSERT($col.lastIndexOf("f"; 0)=-1; "startFrom 0 gave "+String($col.lastIndexOf("f"; 0)))

// Doc: https://developer.4d.com/docs/API/CollectionClass#indexof
// .indexOf(): startFrom >= length gives -1; negative startFrom searches from length+startFrom, left to right
var $col : Collection:=New collection(7; 8; 7; 9)
ASSERT($col.indexOf(7; 4)=-1; "startFrom >= length")
ASSERT($col.indexOf(7; -2)=2; "indexOf(7;-2) gave "+String($col.indexOf(7; -2)))

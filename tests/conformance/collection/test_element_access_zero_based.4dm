// Doc: https://developer.4d.com/docs/Concepts/dt_collection
// Collection elements are numbered from 0: myCollection[5] is the 6th element
var myCollection : Collection:=New collection("a"; "b"; "c"; "d"; "e"; "f")
var $var : Integer:=1
ASSERT(myCollection[5]="f"; "[5] gave "+myCollection[5])
ASSERT(myCollection[$var]="b"; "[$var] gave "+myCollection[$var])

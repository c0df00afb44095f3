// Doc: https://developer.4d.com/docs/Concepts/dt_collection
// Assigning past the last element resizes the collection and fills the gap with null
var myCol : Collection:=New collection("A"; "B")
myCol[5]:="Z"
ASSERT(myCol.length=6; "length "+String(myCol.length))
ASSERT((myCol[2]=Null) & (myCol[3]=Null) & (myCol[4]=Null); "gap "+JSON Stringify(myCol))

// Doc: https://developer.4d.com/docs/Concepts/dt_object#pointers
// vPtr->a and vPtr->["a"] read a property through a pointer (x=10)
var vObj : Object
var vPtr : Pointer
vObj:=New object
vObj.a:=10
vPtr:=->vObj
var x : Real:=vPtr->a
ASSERT(x=10; "vPtr->a gave "+String(x))
ASSERT(vPtr->["a"]=10; "vPtr->[\"a\"]")

// Doc: https://developer.4d.com/docs/Concepts/dt_boolean#example
// myBoolean:=(myButton=1) sets a Boolean from a comparison
var myButton : Integer:=1
var myBoolean : Boolean
myBoolean:=(myButton=1)
ASSERT(myBoolean; "gave False")
myButton:=0
myBoolean:=(myButton=1)
ASSERT(Not(myBoolean); "gave True")

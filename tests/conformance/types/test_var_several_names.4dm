// Doc: https://developer.4d.com/docs/Concepts/variables#declaring-variables
// var $myText; myText; $vt : Text declares several variables of one type
var $myText; myText; $vt : Text
var myVar
ASSERT(Type($myText)=Is text; "$myText")
ASSERT(Type(myText)=Is text; "myText")
ASSERT(Type($vt)=Is text; "$vt")
ASSERT(Undefined(myVar); "myVar is not a variant")

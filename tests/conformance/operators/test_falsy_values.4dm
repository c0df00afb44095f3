// Doc: https://developer.4d.com/docs/Concepts/operators#truthy-and-falsy
// false, Null, undefined, null object/collection, null date, "", [] and {} are falsy
var $o : Object
var $c : Collection
var $u : Object:=New object
ASSERT((False || "f")="f"; "False")
ASSERT((Null || "f")="f"; "Null")
ASSERT(($u.missing || "f")="f"; "undefined")
$o:=Null
ASSERT(($o || "f")="f"; "null object")
$c:=Null
ASSERT(($c || "f")="f"; "null collection")
ASSERT((!00-00-00! || "f")="f"; "null date")
ASSERT(("" || "f")="f"; "empty string")
ASSERT(([] || "f")="f"; "empty collection")
ASSERT(({} || "f")="f"; "empty object")

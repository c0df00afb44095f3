// Doc: https://developer.4d.com/docs/Concepts/data-types#default-values
// Declared variables get the default value of their type
var $b : Boolean
var $d : Date
var $i : Integer
var $h : Time
var $r : Real
var $p : Pointer
var $t : Text
var $blob : Blob
var $o : Object
var $c : Collection
var $v : Variant
ASSERT($b=False; "Boolean")
ASSERT($d=!00-00-00!; "Date")
ASSERT($i=0; "Integer")
ASSERT($h=?00:00:00?; "Time")
ASSERT($r=0; "Real")
ASSERT(Is nil pointer($p); "Pointer")
ASSERT($t=""; "Text")
ASSERT(BLOB size($blob)=0; "Blob")
ASSERT($o=Null; "Object")
ASSERT($c=Null; "Collection")
ASSERT(Undefined($v); "Variant")

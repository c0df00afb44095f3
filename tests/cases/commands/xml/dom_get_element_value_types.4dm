// 4d/docs dom-get-xml-element-value.md, xml-decode.md: the value is converted to the type of the receiving variable (Text when untyped)
var $root : Text
$root:=DOM Parse XML variable("<v><t>Hello &amp; bye</t><n>8.5</n><c>8,5</c><i>12.6</i><b1>true</b1><b2>1</b2><b3>false</b3><d>2009-10-25T01:03:20+01:00</d><d2>2006-12-04</d2><h>0000-00-00T02:00:46</h><s>7246</s><p>PT01H02M03S</p><x>abc</x><blob>SGVsbG8=</blob><empty/></v>")
var $text : Text
var $real : Real
var $int : Integer
var $bool : Boolean
var $date : Date
var $time : Time
var $blob : Blob
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "t"); $text)
ALERT($text)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "n"); $real)
ALERT(String($real))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "c"); $real)
ALERT(String($real))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "i"); $int)
ALERT(String($int))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "x"); $real)
ALERT(String($real))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "b1"); $bool)
ALERT(String($bool))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "b2"); $bool)
ALERT(String($bool))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "b3"); $bool)
ALERT(String($bool))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "d"); $date)
ALERT(String($date; ISO date))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "d2"); $date)
ALERT(String($date; ISO date))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "h"); $time)
ALERT(String($time))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "s"); $time)
ALERT(String($time))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "p"); $time)
ALERT(String($time))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "blob"); $blob)
ALERT(BLOB to text($blob; UTF8 text without length))
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "empty"); $text)
ALERT("["+$text+"]")
// an untyped variable receives Text
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "n"); $untyped)
ALERT(String(Value type($untyped)=Is text)+" "+$untyped)
// array elements take the type of the array
ARRAY LONGINT($nums; 2)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "i"); $nums{2})
ALERT(String($nums{2}))
DOM CLOSE XML($root)

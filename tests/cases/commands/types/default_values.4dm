// language.md §2: declared variables start with their type's default value
var $t : Text
var $r : Real
var $i : Integer
var $b : Boolean
var $d : Date
var $h : Time
var $x : Blob
ALERT("["+$t+"]")
ALERT(String($r)+" "+String($i))
ALERT(String($b))
ALERT(String($d=!00-00-00!))
ALERT(Time string($h))
ALERT(String(BLOB size($x)))

// Doc: https://developer.4d.com/docs/Concepts/operators#assignment-operator
// := assigns numbers, dates, command results and new collections
var $myNumber : Integer
var $myDate : Date
var $myLength : Integer
var $col : Collection
$myNumber:=3
$myDate:=!2018-01-21!
$myLength:=Length("Acme")
$col:=New collection
ASSERT($myNumber=3; "number "+String($myNumber))
ASSERT($myDate=!2018-01-21!; "date "+String($myDate))
ASSERT($myLength=4; "length "+String($myLength))
ASSERT($col.length=0; "collection")

// computeAverage method (docs API/EntitySelectionClass.md, .orderByFormula() example 2)
#DECLARE($coefList : Object) -> $result : Integer
var $subject : Text
var $average; $sum : Integer
$average:=0
$sum:=0
For each ($subject; $coefList)
	$sum:=$sum+$coefList[$subject]
End for each
For each ($subject; This.marks)
	$average:=$average+(This.marks[$subject]*$coefList[$subject])
End for each
$result:=$average/$sum

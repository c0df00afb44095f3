#DECLARE($amount : Real) -> $t : Text
$t:=String($amount)+" EUR"

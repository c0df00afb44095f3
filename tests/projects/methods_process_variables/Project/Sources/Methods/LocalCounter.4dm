#DECLARE() -> $r : Integer
var $n : Integer
$n:=$n+1
$r:=$n

#DECLARE($a : Real; $b : Real) -> $r : Real
$r:=$a+$b

#DECLARE($n : Integer) -> $r : Integer
$r:=$n*2

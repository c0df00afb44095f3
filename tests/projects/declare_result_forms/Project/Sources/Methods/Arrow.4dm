#DECLARE($a : Integer) -> $r : Integer
$r:=$a
$r:=$r+1

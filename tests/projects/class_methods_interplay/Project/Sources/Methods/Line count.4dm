#DECLARE($inv : Object) -> $n : Integer
$n:=$inv.lines.length

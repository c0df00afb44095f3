#DECLARE($a : Integer) : Integer
return $a*3

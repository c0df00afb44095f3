#DECLARE($a : Integer; $b : Integer) -> $r : Integer
$r:=Count parameters

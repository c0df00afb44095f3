#DECLARE($a; $b; $c) -> $n : Integer
$n:=Count parameters

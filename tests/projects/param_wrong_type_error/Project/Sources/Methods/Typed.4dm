#DECLARE($n : Integer; $t : Text) -> $r : Text
$r:=String($n)+$t

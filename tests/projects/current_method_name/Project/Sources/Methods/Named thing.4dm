#DECLARE() -> $r : Text
$r:=Current method name

#DECLARE($t : Text) -> $r : Text
$r:="helper:"+$t+":"+Current method name

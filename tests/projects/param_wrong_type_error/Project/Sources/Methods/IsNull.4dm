#DECLARE($o : Object) -> $r : Boolean
$r:=($o=Null)

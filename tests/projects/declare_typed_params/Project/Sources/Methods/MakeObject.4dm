#DECLARE($key : Text; $value : Integer) -> $result : Object
$result:={}
$result[$key]:=$value

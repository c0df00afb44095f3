#DECLARE($a : Text) -> $r : Text
$r:=$a+"|"+String(Count parameters)+"|"+String(${2})+"|"+${3}+"|"+String(Value type(${2}))

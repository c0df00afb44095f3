#DECLARE($a : Text; $b : Text; $c : Text) -> $r : Text
$r:=$a+"-"+$b+"-"+$c

#DECLARE($a : Text; $b : Text) -> $r : Text
$r:=$1+"/"+$2+"/"+$a

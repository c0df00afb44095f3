#DECLARE($t : Text) -> $r : Text
$r:=Uppercase($t)+"!"

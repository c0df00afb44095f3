#DECLARE($fn : 4D.Function; $target : Object; $arg : Text) -> $r : Text
$r:=$fn.call($target; $arg)

#DECLARE($first : Text; \
	$second : Text) -> $r : Text
$r:=$first+"+"+$second

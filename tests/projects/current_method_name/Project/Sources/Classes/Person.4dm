Function greet() -> $r : Text
	$r:=Current method name

Function viaMethod() -> $r : Text
	$r:=Helper2+" from "+Current method name

Function describe() -> $r : Text
	$r:=Current method name

Function ok() -> $t : Text
	$t:="fine"

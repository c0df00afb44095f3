Function hello() -> $t : Text
	$t:="good class works"

Function hello() -> $t : Text
	$t:="hello"

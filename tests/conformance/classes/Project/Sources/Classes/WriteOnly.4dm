// a computed property with only a setter reads as undefined
Function set secret($v : Text)
	This._stored:=$v

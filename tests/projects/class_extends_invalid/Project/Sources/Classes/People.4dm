Class extends DataClass

Function hello() : Text
	return "hi"

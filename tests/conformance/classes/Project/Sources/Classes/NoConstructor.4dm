// a class without constructor: new() creates an empty instance
Function hello() : Text
	return "hello"

// a computed property with only a getter is read-only
Function get answer() : Integer
	return 42

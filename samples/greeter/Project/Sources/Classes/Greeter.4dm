// A greeter: cs.Greeter.new("Ada").greeting() -> "Hello, Ada!"
property name : Text

Class constructor($name : Text)
	This.name:=$name

Function greeting() : Text
	return "Hello, "+This.name+"!"

Class constructor($name : Text)
	This:C1470.name:=$name  // tokens: String:C10 stays in comments

Function greet() : Text
	return "Hi "+This:C1470.name+":C10"

Function where() : Text
	return Current method path

Class constructor($name : Text)
	This.name:=$name

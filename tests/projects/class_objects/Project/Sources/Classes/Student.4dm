Class extends Person

Class constructor($name : Text; $year : Integer)
	Super($name)
	This.year:=$year

Class extends Person

Class constructor($name : Text)
	Super($name)

Class extends Parent

Class constructor()
	Super(1)
	Super(2)

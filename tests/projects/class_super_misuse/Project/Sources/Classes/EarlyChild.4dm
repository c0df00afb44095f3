Class extends Parent

Class constructor()
	This.w:=1
	Super(1)

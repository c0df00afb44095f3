Class extends Child

property d:=4

Class constructor()
	Super()
	This.fromGrand:=True

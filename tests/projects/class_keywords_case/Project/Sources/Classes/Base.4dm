Class constructor()
	This.base:=True

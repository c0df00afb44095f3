Class constructor()
	This.legs:=4

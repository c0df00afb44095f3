Class constructor()
	This.kind:="thing"

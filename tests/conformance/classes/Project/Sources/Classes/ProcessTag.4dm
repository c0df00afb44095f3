// Classes page: a process singleton
singleton Class constructor()
	This.tag:=Random

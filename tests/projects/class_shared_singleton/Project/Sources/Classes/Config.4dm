shared singleton Class constructor()
	This.mode:="dev"
	This.hits:=0

shared Function hit()
	This.hits:=This.hits+1

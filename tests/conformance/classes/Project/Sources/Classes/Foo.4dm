// Classes page: shared function modifying a shared instance without Use
shared Class constructor()
	This.variable:=1

shared Function Bar($value : Integer)
	This.variable:=$value

Function NotShared($value : Integer)
	This.variable:=$value

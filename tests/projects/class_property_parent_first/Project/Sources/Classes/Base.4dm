property a : Integer := 1

Class constructor()
	ALERT("Base ctor sees: "+OB Keys(This).join(","))
	This.fromBase:=True

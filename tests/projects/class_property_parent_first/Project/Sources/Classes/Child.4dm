Class extends Base

property b : Integer := 2
property c : Text := "c"

Class constructor()
	Super()
	ALERT("Child ctor sees: "+OB Keys(This).join(","))
	This.fromChild:=True

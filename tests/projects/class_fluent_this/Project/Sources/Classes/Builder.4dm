Class constructor()
	This.parts:=[]

Function add($p : Text) -> $self : cs.Builder
	This.parts.push($p)
	$self:=This

Function self() : Object
	return This

Function build() -> $t : Text
	$t:=This.parts.join(" ")

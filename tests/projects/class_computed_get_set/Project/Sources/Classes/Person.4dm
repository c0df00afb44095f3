Class constructor($first : Text; $last : Text)
	This.first:=$first
	This.last:=$last

Function get fullName() -> $r : Text
	$r:=This.first+" "+This.last

Function set fullName($v : Text)
	var $parts : Collection:=Split string($v; " ")
	This.first:=$parts[0]
	This.last:=$parts[1]

Function get initials() : Text
	return Substring(This.first; 1; 1)+Substring(This.last; 1; 1)

Function greet() -> $r : Text
	$r:="Hello "+This.fullName

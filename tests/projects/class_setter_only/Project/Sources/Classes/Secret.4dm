Class constructor
	This._store:=""

Function set password($v : Text)
	This._store:="hashed:"+$v

Function get length() -> $n : Integer
	$n:=Length(This._store)

singleton Class constructor()
	This.count:=0
	ALERT("Counter created")

Function inc() -> $n : Integer
	This.count:=This.count+1
	$n:=This.count

Function doBoom()
	var $o : Object
	$o:=Null
	$o.x:=1

Function callsBoom()
	This.doBoom()

Function get heatLevel() : Integer
	var $o : Object
	$o:=Null
	return $o.level

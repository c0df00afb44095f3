Class constructor($name : Text; $value : Integer)
	This.name:=$name
	This.value:=$value
	This.children:=[]

Function addChild($child : cs.Node) -> $c : cs.Node
	This.children.push($child)
	$c:=$child

Function total() -> $t : Integer
	var $c : cs.Node
	$t:=This.value
	For each ($c; This.children)
		$t:=$t+$c.total()
	End for each

Function depth() -> $d : Integer
	var $c : cs.Node
	For each ($c; This.children)
		$d:=Choose($c.depth()>$d; $c.depth(); $d)
	End for each
	$d:=$d+1

Function path() -> $t : Text
	var $c : cs.Node
	$t:=This.name
	If (This.children.length>0)
		$t:=$t+"("+This.children.map(Formula($1.value.path())).join(" ")+")"
	End if

// language.md §7.1: objects and collections are passed by reference (the callee can mutate them)
#DECLARE($o : Object; $c : Collection)
If (Count parameters=0)
	$obj:={n: 1}
	$col:=[1]
	params_objects_by_reference($obj; $col)
	ALERT(JSON Stringify($obj))
	ALERT(JSON Stringify($col))
Else 
	$o.n:=$o.n+1
	$o.added:=True
	$c.push(2)
	$o:={replaced: True}
End if 

  // language.md §7.1: Object and Collection arguments are passed by reference; the callee can mutate them
C_OBJECT($1)
C_COLLECTION($2)
C_OBJECT($o)
C_COLLECTION($c)
If (Count parameters=0)
	$o:=New object("n";1)
	$c:=New collection
	lm_object_param_by_reference($o;$c)
	ALERT(String($o.n)+" "+String($c.length))
Else 
	$1.n:=$1.n+1
	$2.push("x")
End if 

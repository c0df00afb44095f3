  // language.md §8.1: Formula(methodName) forwards the call arguments to the method
C_TEXT($1;$2;$0)
If (Count parameters=0)
	$f:=Formula(formula_method_name_forwards_arguments)
	ALERT($f.call(Null; "a"; "b"))
	$o:=New object("m"; $f)
	ALERT($o.m("x"; "y"))
Else 
	$0:=$1+"+"+$2
End if 

// language.md §7.2: a parameter without a type is a Variant
#DECLARE($x) -> $r : Text
If (Count parameters=0)
	ALERT(declare_untyped_parameter_variant(5))
	ALERT(declare_untyped_parameter_variant("s"))
	ALERT(declare_untyped_parameter_variant({}))
	ALERT(declare_untyped_parameter_variant(Null))
	return 
End if 
$r:=String(Value type($x))

// language.md §7.2: #DECLARE may span several lines joined by a trailing backslash
#DECLARE($first : Text; \
	$second : Text; \
	$n : Integer) -> $r : Text
If (Count parameters=0)
	ALERT(declare_multiline_continuation("a"; "b"; 2))
	return 
End if 
$r:=($first+$second)*$n

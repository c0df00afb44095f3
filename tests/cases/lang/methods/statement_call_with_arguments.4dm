// language.md §7.1: a method called as a statement with arguments; results ignored
#DECLARE($o : Object; $v : Text) -> $r : Text
If (Count parameters=0)
	$obj:={list: []}
	statement_call_with_arguments($obj; "a")
	statement_call_with_arguments($obj; "b")
	ALERT(JSON Stringify($obj))
	return 
End if 
$o.list.push($v)
$r:="ignored"

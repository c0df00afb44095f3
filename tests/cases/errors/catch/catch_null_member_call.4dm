// language.md §4.7 / §11.4: calling a member function on a Null collection is an error caught by Try/Catch
var $c : Collection
Try
	$c.push(1)
	ALERT("must not print")
Catch
	ALERT("caught null member call")
End try

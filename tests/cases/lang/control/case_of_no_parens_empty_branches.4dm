// language.md §5: branch conditions without parentheses; empty branches are allowed
$type:="car"
Case of 
	: $type="bike"
		ALERT("bike")
	: $type="car"
	: $type="bus"
		ALERT("bus")
End case 
ALERT("after empty branch")
Case of 
	: $type="car"
		ALERT("car")
End case 

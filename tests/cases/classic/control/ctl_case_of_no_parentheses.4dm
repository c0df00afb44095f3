  // language.md §4.2/§5: Case of branch conditions without parentheses
C_TEXT($type)
$type:="car"
Case of 
	: $type="bike"
		ALERT("bike")
	: $type="car"
		ALERT("car")
	Else 
		ALERT("else")
End case 

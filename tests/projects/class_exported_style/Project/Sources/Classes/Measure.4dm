Class extends Numeric

Class constructor($value : Real; $unit : Text)
	Super:C1705($value)
	This:C1470.unit:=$unit

Function toText() : Text
	return String:C10(This:C1470.rawValue)+This:C1470.unit

Function round
	Super:C1705.round()
	This:C1470.unit:=This:C1470.unit+"~"
	$0:=This:C1470
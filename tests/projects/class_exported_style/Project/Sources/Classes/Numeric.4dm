//%attributes = {"lang":"en"}
Class constructor
	C_REAL:C285($1)
	This:C1470.rawValue:=$1
	
Function rounded
	C_OBJECT:C1216($0)
	$0:=cs:C1710.Numeric.new(Round:C94(This:C1470.rawValue; 0))
	
Function round
	This:C1470.rawValue:=Round:C94(This:C1470.rawValue; 0)
	$0:=This:C1470
	
Function squareRoot
	This:C1470.rawValue:=Square root:C539(This:C1470.rawValue)
	$0:=This:C1470
	
Function isPositive
	C_BOOLEAN:C305($0)
	If (This:C1470.rawValue>0)
		$0:=True:C214
	Else 
		$0:=False:C215
	End if 
	
// Classes page: Person with a computed fullName (get and set) and sayHello
property firstName; lastName : Text

Class constructor($firstname : Text; $lastname : Text)
	This.firstName:=$firstname
	This.lastName:=$lastname

Function get fullName() -> $fullName : Text
	$fullName:=This.firstName+" "+This.lastName

Function set fullName($fullName : Text)
	var $p : Integer:=Position(" "; $fullName)
	This.firstName:=Substring($fullName; 1; $p-1)
	This.lastName:=Substring($fullName; $p+1)

Function sayHello() -> $welcome : Text
	$welcome:="Hello "+This.fullName

Function whoAmI() : Text
	return Current method name

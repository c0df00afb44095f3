// cs.EmployeeEntity: a computed attribute with get / set / query / orderBy, and an alias
Class extends Entity

Alias companyName employer.name

Function get fullName($event : Object) : Text
	return This.firstName+" "+This.lastName

Function set fullName($value : Text; $event : Object)
	This.firstName:=Substring($value; 1; Position(" "; $value)-1)
	This.lastName:=Substring($value; Position(" "; $value)+1)

// "fullName = 'Ada L@'" runs in the engine on the indexed storage attributes
Function query fullName($event : Object) : Object
	var $words : Collection
	$words:=Split string($event.value; " ")
	If ($words.length=1)
		return {query: "firstName "+$event.operator+" :1 or lastName "+$event.operator+" :1"; parameters: $words}
	End if
	return {query: "firstName "+$event.operator+" :1 and lastName "+$event.operator+" :2"; parameters: $words}

Function orderBy fullName($event : Object) : Text
	return "lastName "+$event.operator+", firstName "+$event.operator

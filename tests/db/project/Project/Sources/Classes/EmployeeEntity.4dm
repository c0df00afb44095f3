// cs.EmployeeEntity (docs ORDA/ordaClasses.md "Computed attributes", "Alias attributes")
Class extends Entity

Alias employerName employer.name
Alias employerCity employer.city
exposed Alias surname lastName

exposed Function get fullName($event : Object) -> $fullName : Text
	Case of
		: (This.firstName=Null) & (This.lastName=Null)
			$event.result:=Null  //use result to return Null
		: (This.firstName=Null)
			$fullName:=This.lastName
		: (This.lastName=Null)
			$fullName:=This.firstName
		Else
			$fullName:=This.firstName+" "+This.lastName
	End case

Function set fullName($value : Text; $event : Object)
	var $p : Integer
	$p:=Position(" "; $value)
	This.firstName:=Substring($value; 1; $p-1)  // "" if $p<0
	This.lastName:=Substring($value; $p+1)

Function query fullName($event : Object)->$result : Object
	var $fullname; $firstname; $lastname; $query : Text
	var $operator : Text
	var $p : Integer
	var $parameters : Collection
	$operator:=$event.operator
	$fullname:=$event.value
	$p:=Position(" "; $fullname)
	If ($p>0)
		$firstname:=Substring($fullname; 1; $p-1)+"@"
		$lastname:=Substring($fullname; $p+1)+"@"
		$parameters:=New collection($firstname; $lastname)  // two items collection
	Else
		$fullname:=$fullname+"@"
		$parameters:=New collection($fullname)  // single item collection
	End if
	Case of
		: ($operator="==") | ($operator="===")
			If ($p>0)
				$query:="(firstName = :1 and lastName = :2) or (firstName = :2 and lastName = :1)"
			Else
				$query:="firstName = :1 or lastName = :1"
			End if
		: ($operator="!=")
			If ($p>0)
				$query:="firstName != :1 and lastName != :2 and firstName != :2 and lastName != :1"
			Else
				$query:="firstName != :1 and lastName != :1"
			End if
	End case
	$result:=New object("query"; $query; "parameters"; $parameters)

Function orderBy fullName($event : Object)-> $result : Text
	If ($event.descending=True)
		$result:="firstName desc, lastName desc"
	Else
		$result:="firstName, lastName"
	End if

// a computed attribute based upon an entity related attribute
Function get bigBoss($event : Object)-> $result : cs.EmployeeEntity
	$result:=This.manager.manager

// a computed attribute based upon an entity selection related attribute
Function get coWorkers($event : Object)-> $result : cs.EmployeeSelection
	If (This.manager=Null)
		$result:=ds.Employee.newSelection()
	Else
		$result:=This.manager.directReports.minus(This)
	End if

// no query / orderBy function: queries and sorts evaluate the getter per entity
Function get yearlySalary($event : Object) -> $result : Real
	$result:=This.salary*12

Function getNextWithHigherSalary() : cs.EmployeeSelection
	return ds.Employee.query("salary > :1"; This.salary).orderBy("salary")

// cs.EmployeeSelection (docs ORDA/ordaClasses.md "EntitySelection Class")
Class extends EntitySelection

//Extract the employees with a salary greater than the average from this entity selection
Function withSalaryGreaterThanAverage
	C_OBJECT($0)
	$0:=This.query("salary > :1"; This.average("salary")).orderBy("salary")

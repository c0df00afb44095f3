// docs_emp(ID; firstName; lastName; salary {; employer ID {; manager ID}}) -> the saved employee
// (the docs' examples name employees by primary key: they are created with those keys)
#DECLARE($id : Integer; $first : Text; $last : Text; $salary : Real; $employer : Integer; $manager : Integer) -> $e : cs.EmployeeEntity
$e:=ds.Employee.new()
$e.ID:=$id
$e.firstName:=$first
$e.lastName:=$last
$e.salary:=$salary
If (Count parameters>=5)
	$e.employerID:=$employer
End if
If (Count parameters>=6)
	$e.managerID:=$manager
End if
$e.save()

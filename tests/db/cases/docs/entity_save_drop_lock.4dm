// Doc: https://developer.4d.com/docs/API/EntityClass — the examples of .save(), .drop(),
// .lock(), .unlock(), .reload()
// Data the examples imply: employees named Smith, 716, 717, and 725 named Hollis. The docs'
// examples show an ALERT per outcome; where another reference changes the entity first, the
// stamp outcome shows.
docs_emp(701; "Tom"; "Smith"; 1000)
docs_emp(702; "Bea"; "Smith"; 1000)
docs_emp(703; "Ray"; "Smith"; 1000)
docs_emp(716; "Tom"; "Lee"; 1000)
docs_emp(717; "Bea"; "Lee"; 1000)
docs_emp(725; "Ann"; "Hollis"; 1000)
var $employees : cs.EmployeeSelection
var $employee; $other : cs.EmployeeEntity
var $status; $result : Object

// .save(), example 1: creating a new entity
$employee:=ds.Employee.new()
$employee.firstName:="Mary"
$employee.lastName:="Smith"
$status:=$employee.save()
If ($status.success)
	ALERT("Employee created")
End if
// example 2: updating an entity without dk auto merge (another reference saved it first)
$employees:=ds.Employee.query("lastName=:1"; "Smith")
$employee:=$employees.first()
$other:=ds.Employee.get($employee.ID)
$other.salary:=2000
$other.save()
$employee.lastName:="Mac Arthur"
$status:=$employee.save()
Case of
	: ($status.success)
		ALERT("Employee updated")
	: ($status.status=dk status stamp has changed)
		ALERT($status.statusText)
End case
// example 3: with dk auto merge the change to another attribute is merged
$employees:=ds.Employee.query("lastName=:1"; "Smith")
$employee:=$employees.first()
$other:=ds.Employee.get($employee.ID)
$other.salary:=3000
$other.save()
$employee.lastName:="Mac Arthur"
$status:=$employee.save(dk auto merge)
Case of
	: ($status.success)
		ALERT("Employee updated")
	: ($status.status=dk status automerge failed)
		ALERT($status.statusText)
End case
ALERT(JSON Stringify($status)+" "+ds.Employee.get($employee.ID).lastName+" "+String(ds.Employee.get($employee.ID).salary))

// .drop(), example 1: without dk force drop if stamp changed
$employees:=ds.Employee.query("lastName=:1"; "Smith")
$employee:=$employees.first()
$status:=$employee.drop()
Case of
	: ($status.success)
		ALERT("You have dropped "+$employee.firstName+" "+$employee.lastName)  //The dropped entity remains in memory
	: ($status.status=dk status stamp has changed)
		ALERT($status.statusText)
End case
// example 2: with dk force drop if stamp changed (the entity was changed meanwhile)
$employees:=ds.Employee.query("lastName=:1"; "Smith")
$employee:=$employees.first()
$other:=ds.Employee.get($employee.ID)
$other.salary:=5
$other.save()
ALERT(JSON Stringify($employee.drop()))
$status:=$employee.drop(dk force drop if stamp changed)
Case of
	: ($status.success)
		ALERT("You have dropped "+$employee.firstName+" "+$employee.lastName)  //The dropped entity remains in memory
	: ($status.status=dk status entity does not exist anymore)
		ALERT($status.statusText)
End case
ALERT(JSON Stringify($employee.drop(dk force drop if stamp changed)))

// .lock(), example 1: with error (the entity was changed meanwhile)
$employee:=ds.Employee.get(716)
$other:=ds.Employee.get(716)
$other.salary:=7
$other.save()
$status:=$employee.lock()
Case of
	: ($status.success)
		ALERT("You have locked "+$employee.firstName+" "+$employee.lastName)
	: ($status.status=dk status stamp has changed)
		ALERT($status.statusText)
End case
// example 2: with dk reload if stamp changed
$employee:=ds.Employee.get(717)
$other:=ds.Employee.get(717)
$other.firstName:="Beatrix"
$other.save()
$status:=$employee.lock(dk reload if stamp changed)
Case of
	: ($status.success)
		ALERT("You have locked "+$employee.firstName+" "+$employee.lastName)
	: ($status.status=dk status entity does not exist anymore)
		ALERT($status.statusText)
End case
ALERT(JSON Stringify($status))

// .unlock(): only the locking reference unlocks
var $e1; $e2 : Object
var $res : Object
$e1:=ds.Employee.all()[0]
$e2:=ds.Employee.all()[0]
$res:=$e1.lock()  //$res.success=true
ALERT(String($res.success))
$res:=$e2.unlock()  //$res.success=false
ALERT(String($res.success))
$res:=$e1.unlock()  //$res.success=true
ALERT(String($res.success))
$employee:=ds.Employee.get(725)
$status:=$employee.lock()
$status:=$employee.unlock()
If ($status.success)
	ALERT("The entity is now unlocked")
End if

// .reload()
$employees:=ds.Employee.query("lastName=:1"; "Hollis")
$employee:=$employees[0]
$employee.firstName:="Mary"
$result:=$employee.reload()
Case of
	: ($result.success)
		ALERT("Reload has been done")
	: ($result.status=dk status entity does not exist anymore)
		ALERT("The entity has been dropped")
End case
ALERT($employee.firstName)
ds.Employee.get(725).drop()
$result:=$employee.reload()
Case of
	: ($result.success)
		ALERT("Reload has been done")
	: ($result.status=dk status entity does not exist anymore)
		ALERT("The entity has been dropped")
End case

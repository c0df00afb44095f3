// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of [index],
// .attributeName, .first(), .last(), .length, .slice(), .isOrdered(), .getDataClass(),
// .query(), .drop()
// Data the examples imply: employees "Colin Hetrick", "Grady Harness", "Sherlock Holmes" (H@),
// employee 714, managers, male and female employees, salaries above and below 50000 and 100000.
var $e : Object
$e:=docs_emp(1; "Colin"; "Hetrick"; 41000; 1)
$e.gender:="male"
$e.save()
$e:=docs_emp(2; "Grady"; "Harness"; 52000; 1; 1)
$e.gender:="male"
$e.save()
$e:=docs_emp(3; "Sherlock"; "Holmes"; 66600; 2; 2)
$e.gender:="male"
$e.save()
$e:=docs_emp(4; "Cath"; "Kidston"; 38000; 2; 5)
$e.gender:="female"
$e.save()
$e:=docs_emp(5; "Mary"; "Smith"; 136500; 3)
$e.gender:="female"
$e.save()
$e:=docs_emp(6; "Sue"; "Miller"; 47000; 3; 5)
$e.gender:="female"
$e.save()
$e:=docs_emp(714; "Sam"; "Moore"; 99000; 3; 7)
docs_emp(7; "Stan"; "Sellers"; 20000)
docs_company(1; "Acme"; 0)
docs_company(2; "Globex"; 0)
docs_company(3; "Initech"; 0)

// [index]
var $employees : cs.EmployeeSelection
var $employee : cs.EmployeeEntity
$employees:=ds.Employee.query("lastName = :1"; "H@")
$employee:=$employees[2]  // The 3rd entity of the $employees entity selection is reloaded from the database
ALERT($employee.lastName)
Try
	$employee:=$employees[3]  // out of range: an error
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try

// .attributeName, example 1: projection of storage values
var $firstNames : Collection
var $entitySelection; $es : 4D.EntitySelection
$entitySelection:=ds.Employee.all()
$firstNames:=$entitySelection.firstName  // firstName type is string
ALERT(JSON Stringify($firstNames))
// example 2: projection of related entity (duplications removed)
$entitySelection:=ds.Employee.all()
$es:=$entitySelection.employer  // employer is related to a Company dataClass
ALERT(OB Class($es).name+" "+JSON Stringify($es.name))
// example 3: projection of related entities
$es:=ds.Employee.all().directReports  // directReports is related to Employee dataclass
ALERT(OB Class($es).name+" "+JSON Stringify($es.orderBy("ID").lastName))

// .first(): similar to [0], but Null when the selection is empty
var $entity : cs.EmployeeEntity
$entitySelection:=ds.Employee.query("lastName = :1"; "Nonexistentname")  //no matching entity
//entity selection is then empty
$entity:=$entitySelection.first()  //returns Null
ALERT(String($entity=Null))
Try
	$entity:=$entitySelection[0]  //generates an error
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
$entitySelection:=ds.Employee.query("salary > :1"; 100000)
If ($entitySelection.length#0)
	$entity:=$entitySelection.first()
End if
ALERT($entity.lastName)

// .last()
$entitySelection:=ds.Employee.query("salary < :1"; 50000)
If ($entitySelection.length#0)
	$entity:=$entitySelection.last()
End if
ALERT($entity.lastName+" "+String(ds.Employee.query("salary < 0").last()=Null))

// .length
var $vSize : Integer
$vSize:=ds.Employee.query("gender = :1"; "male").length
ALERT(String($vSize)+" male employees found.")

// .slice(), example 1: the first 9 entities (here: fewer exist)
var $sel; $sliced : cs.EmployeeSelection
$sel:=ds.Employee.query("salary > :1"; 50000)
$sliced:=$sel.slice(0; 9)
ALERT(String($sel.length)+" "+String($sliced.length)+" "+JSON Stringify($sel.slice(1; 3).lastName))
// example 2: slice(-1;-2) on 8 entities: from index 7 to 6, an empty entity selection
var $slice : cs.EmployeeSelection
$slice:=ds.Employee.all().slice(-1; -2)
ALERT(String(ds.Employee.all().length)+" "+String($slice.length))

// .isOrdered(): in an ordered entity selection the same entity can be added several times
var $isOrdered : Boolean
$employees:=ds.Employee.newSelection(dk keep ordered)
$employee:=ds.Employee.get(714)  // Gets the entity with primary key 714
$employees.add($employee)
$employees.add($employee)
$employees.add($employee)
$isOrdered:=$employees.isOrdered()
If ($isOrdered)
	ALERT("The entity selection is ordered and contains "+String($employees.length)+" employees")
End if

// .query(), example 1
var $entitySelectionTemp : cs.EmployeeSelection
$entitySelectionTemp:=ds.Employee.query("lastName = :1"; "M@")
$es:=$entitySelectionTemp.query("manager.lastName = :1"; "S@")
ALERT(JSON Stringify($es.lastName))

// .getDataClass(): duplicate_entities($entity_selection) duplicates all entities
duplicate_entities(ds.Employee.query("lastName = :1"; "H@"))
ALERT(JSON Stringify(ds.Employee.query("lastName = :1"; "H@").orderBy("lastName, ID").ID))

// .drop(), without and with dk stop dropping on first error (entities locked by another process
// are not dropped: see tests/db/test_db_processes.py)
var $notDropped : cs.EmployeeSelection
$employees:=ds.Employee.query("firstName=:1"; "S@")
$notDropped:=$employees.drop()  // $notDropped is an entity selection containing all the not dropped entities
If ($notDropped.length=0)  //The delete action is successful, all the entities have been deleted
	ALERT("You have dropped "+String($employees.length)+" employees")  //The dropped entity selection remains in memory
Else
	ALERT("Problem during drop, try later")
End if
$employees:=ds.Employee.query("lastName = :1"; "H@")
$notDropped:=$employees.drop(dk stop dropping on first error)  //$notDropped is an entity selection containing the first not dropped entity
If ($notDropped.length=0)  //The delete action is successful, all the entities have been deleted
	ALERT("You have dropped "+String($employees.length)+" employees")  //The dropped entity selection remains in memory
Else
	ALERT("Problem during drop, try later: "+String($notDropped.length)+" "+String(ds.Employee.query("lastName = :1"; "H@").length))
End if

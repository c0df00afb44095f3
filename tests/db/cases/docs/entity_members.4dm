// Doc: https://developer.4d.com/docs/API/EntityClass — the examples of .attributeName,
// .clone(), .getDataClass(), .getKey(), .getSelection(), .getStamp(), .indexOf(), .isNew(),
// .first(), .last(), .next(), .previous()
// Data the examples imply: employees 672 and 725, six named Smith, three whose last name
// starts with H ("Colin Hetrick", "Grady Harness", "Sherlock Holmes").
// Follows: the docs' attribute example writes .name and .firstname; the Employee dataclass here
// has name and firstName (attribute names are case-sensitive).
docs_emp(672; "Paul"; "Dupuis"; 1000)
docs_emp(725; "Anne"; "Martin"; 2000)
docs_emp(700; "Colin"; "Hetrick"; 3000)
docs_emp(701; "Grady"; "Harness"; 3000)
docs_emp(710; "Sherlock"; "Holmes"; 3000)
var $i : Integer
For ($i; 1; 6)
	docs_emp(800+$i; "F"+String($i); "Smith"; 100*$i)
End for

// .attributeName
var $myEntity : cs.EmployeeEntity
$myEntity:=ds.Employee.new()  //Create a new entity
$myEntity.name:="Dupont"  // assign 'Dupont' to the 'name' attribute
$myEntity.firstName:="John"  //assign 'John' to the 'firstName' attribute
$myEntity.save()  //save the entity
ALERT($myEntity.name+" "+$myEntity.firstName+" "+String($myEntity.getStamp()))

// .clone(): updates done on $emp are not done on $empCloned
var $emp; $empCloned : cs.EmployeeEntity
$emp:=ds.Employee.get(672)
$empCloned:=$emp.clone()
$emp.lastName:="Smith"  //Updates done on $emp are not done on $empCloned
ALERT($emp.lastName+" "+$empCloned.lastName)

// .getDataClass(): duplicate_entity($entity) duplicates any entity
var $status : Object
$status:=duplicate_entity(ds.Employee.get(725))
ALERT(JSON Stringify($status)+" "+JSON Stringify(ds.Employee.query("lastName = Martin").orderBy("ID").ID))

// .getKey()
var $employees : cs.EmployeeSelection
var $employee : cs.EmployeeEntity
$employees:=ds.Employee.query("lastName=:1"; "Smith")
$employee:=$employees[0]
ALERT("The primary key is "+$employee.getKey(dk key as string))

// .getSelection()
var $employees2 : cs.EmployeeSelection
$emp:=ds.Employee.get(672)  // This entity does not belong to any entity selection
$employees:=$emp.getSelection()  // $employees is Null
ALERT(String($employees=Null))
$employees2:=ds.Employee.query("lastName=:1"; "Smith")  //This entity selection contains 6 entities
$emp:=$employees2[0]  // This entity belongs to an entity selection
ALERT("The entity selection contains "+String($emp.getSelection().length)+" entities")

// .getStamp()
var $entity : cs.EmployeeEntity
var $stamp : Integer
$entity:=ds.Employee.new()
$entity.lastName:="Smith"
$entity.save()
$stamp:=$entity.getStamp()  //$stamp=1
ALERT(String($stamp))
$entity.lastName:="Wesson"
$entity.save()
$stamp:=$entity.getStamp()  //$stamp=2
ALERT(String($stamp))

// .indexOf()
$employees:=ds.Employee.query("lastName = :1"; "H@")  //This entity selection contains 3 entities
$employee:=$employees[1]  //This entity belongs to an entity selection
ALERT("The index of the entity in its own entity selection is "+String($employee.indexOf()))  //1
$employee:=ds.Employee.get(725)  //This entity does not belong to an entity selection
ALERT("The index of the entity is "+String($employee.indexOf()))  // -1

// .isNew()
$emp:=ds.Employee.new()
If ($emp.isNew())
	ALERT("This is a new entity")
End if

// .first(), .last(), .next(), .previous()
var $firstEmployee; $lastEmployee; $nextEmployee; $previousEmployee : cs.EmployeeEntity
$employees:=ds.Employee.query("lastName = :1"; "H@")  //This entity selection contains 3 entities
$employee:=$employees[2]
$firstEmployee:=$employee.first()  //$firstEmployee is the first entity of the $employees entity selection
$employee:=$employees[0]
$lastEmployee:=$employee.last()  //$lastEmployee is the last entity of the $employees entity selection
$nextEmployee:=$employee.next()  //$nextEmployee is the second entity of the $employees entity selection
$employee:=$employees[1]
$previousEmployee:=$employee.previous()  //$previousEmployee is the first entity of the $employees entity selection
ALERT($firstEmployee.lastName+" "+$lastEmployee.lastName+" "+$nextEmployee.lastName+" "+$previousEmployee.lastName)
ALERT(String($employees[2].next()=Null)+" "+String(ds.Employee.get(672).first()=Null))

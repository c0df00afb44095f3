// Doc: https://developer.4d.com/docs/API/DataClassClass#fromcollection — examples 1 to 6
// Data the examples imply: employees 668 and 1720, companies 121 and 122.
var $empsCollection : Collection
var $emp; $emp2 : Object
var $employees : cs.EmployeeSelection
docs_company(121; "Acme"; 0)
docs_company(122; "Globex"; 0)
docs_emp(668; "Paul"; "Old"; 0; 122)
docs_emp(1720; "Jim"; "Old"; 0; 122)
ALERT(String(ds.Employee.getCount()))

// Example 1: update an existing entity (__NEW not given, the primary key given and existing)
$empsCollection:=New collection
$emp:=New object
$emp.ID:=668  //Existing PK in Employee table
$emp.firstName:="Arthur"
$emp.lastName:="Martin"
$emp.employer:=New object("ID"; 121)  //Existing PK in the related dataClass Company
$empsCollection.push($emp)
$employees:=ds.Employee.fromCollection($empsCollection)
ALERT(JSON Stringify(ds.Employee.get(668).toObject("ID, firstName, lastName, employer.name"))+" "+String(ds.Employee.getCount()))

// Example 2: update an existing entity (the primary key given with __KEY)
$empsCollection:=New collection
$emp:=New object
$emp.__KEY:=1720  //Existing PK in Employee table
$emp.firstName:="John"
$emp.lastName:="Boorman"
$emp.employer:=New object("ID"; 121)
$empsCollection.push($emp)
$employees:=ds.Employee.fromCollection($empsCollection)
ALERT(JSON Stringify(ds.Employee.get(1720).toObject("ID, firstName, lastName, employer.name"))+" "+String(ds.Employee.getCount()))

// Example 3: create a new entity from a collection
$empsCollection:=New collection
$emp:=New object
$emp.firstName:="Victor"
$emp.lastName:="Hugo"
$empsCollection.push($emp)
$employees:=ds.Employee.fromCollection($empsCollection)
ALERT(JSON Stringify($employees.toCollection("firstName, lastName"))+" "+String(ds.Employee.getCount()))

// Example 4: create an entity, __NEW is True, the primary key not given
$empsCollection:=New collection
$emp:=New object
$emp.firstName:="Mary"
$emp.lastName:="Smith"
$emp.employer:=New object("__KEY"; 121)  //Existing PK in the related dataClass Company
$emp.__NEW:=True
$empsCollection.push($emp)
$employees:=ds.Employee.fromCollection($empsCollection)
ALERT(JSON Stringify($employees.toCollection("firstName, lastName, employer.name"))+" "+String(ds.Employee.getCount()))

// Example 5: create an entity, __NEW omitted, the primary key given and not existing
$empsCollection:=New collection
$emp:=New object
$emp.ID:=10000  //Unexisting primary key
$emp.firstName:="Françoise"
$emp.lastName:="Sagan"
$empsCollection.push($emp)
$employees:=ds.Employee.fromCollection($empsCollection)
ALERT(JSON Stringify(ds.Employee.get(10000).toObject("ID, firstName, lastName"))+" "+String(ds.Employee.getCount()))

// Example 6: the first entity is created, the second fails (same primary key)
$empsCollection:=New collection
$emp:=New object
$emp.ID:=10001  // Unexisting primary key
$emp.firstName:="Simone"
$emp.lastName:="Martin"
$emp.__NEW:=True
$empsCollection.push($emp)
$emp2:=New object
$emp2.ID:=10001  // Same primary key, already existing
$emp2.firstName:="Marc"
$emp2.lastName:="Smith"
$emp2.__NEW:=True
$empsCollection.push($emp2)
Try
	$employees:=ds.Employee.fromCollection($empsCollection)
Catch
	ALERT("error "+String(Last errors[0].errCode))  //duplicated key error for the second entity
End try
ALERT(JSON Stringify(ds.Employee.query("ID = 10001").toCollection("firstName, lastName"))+" "+String(ds.Employee.getCount()))  //first entity is created

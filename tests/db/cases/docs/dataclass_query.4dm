// Doc: https://developer.4d.com/docs/API/DataClassClass#query — examples 1 and 2
// Data the examples imply: employees with managers, birth dates, Object attributes (extra,
// extraInfo.hobbies, softwares); customers and their salesperson; students and campuses.
// Follows: example 1's attribute-placeholder queries name a salesperson relation on Employee
// and a Clients dataclass; they run here on Customer, which has that relation.
var $e : Object
var $o : Object
var $names : 4D.Function
$names:=Formula(JSON Stringify($1.orderBy($2).extract($3)))
$e:=docs_emp(1; "Kim"; "Smith"; 0)
$e.birthDate:=!1965-03-01!
$e.extra:={eyeColor: "blue"}
$e.extraInfo:={hobbies: [{name: "horsebackriding"; level: 2}; {name: "Tennis"; level: 5}]}
$e.save()
$e:=docs_emp(2; "Dixie"; "Stone"; 0)
$e.birthDate:=!1980-06-15!
$e.extra:={eyeColor: "brown"}
$e.extraInfo:={hobbies: [{name: "horsebackriding"; level: 5}; {name: "Tennis"; level: 2}]}
$e.save()
$e:=docs_emp(3; "John"; "Miller"; 0; 0; 2)
$e.birthDate:=!1990-01-01!
$e.extraInfo:={hobbies: [{name: "Tennis"; level: 5}]}
$e.save()
$e:=docs_emp(4; "Jane"; "Moore"; 0; 0; 1)
$e.birthDate:=!2010-12-31!
$e.save()
docs_emp(5; "Mark"; "Brown"; 0; 0; 2)
For each ($o; [{first: "Dan"; last: "Smith"}; {first: "Rose"; last: "Kent"}; {first: "Dan"; last: "Jones"}; {first: "Paul"; last: "Smith"}])
	$e:=ds.Customer.new()
	$e.firstName:=$o.first
	$e.lastName:=$o.last
	$e.name:=$o.last
	$e.save()
End for each
$o:=ds.Salesperson.new()
$o.userId:=1234
$o.name:="Jack"
$o.save()
For each ($e; ds.Customer.query("firstName = Dan"))
	$e.salesperson:=$o
	$e.save()
End for each
For each ($o; [{name: "Lyon"}; {name: "Paris"}])
	$e:=ds.Campus.new()
	$e.name:=$o.name
	$e.save()
End for each
For each ($o; [{last: "Dupont"; nat: "French"; campus: 1}; {last: "Durand"; nat: "French"; campus: 2}; {last: "Abel"; nat: "French"; campus: 2}; {last: "Schmidt"; nat: "German"; campus: 2}])
	$e:=ds.Student.new()
	$e.lastname:=$o.last
	$e.nationality:=$o.nat
	$e.campusID:=$o.campus
	$e.save()
End for each

// Example 1
var $entitySelection : 4D.EntitySelection
//Query on a string:
$entitySelection:=ds.Customer.query("firstName = 'S@'")
ALERT(String($entitySelection.length))
//Query with a NOT statement:
$entitySelection:=ds.Employee.query("not(firstName=Kim)")
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Queries with dates:
$entitySelection:=ds.Employee.query("birthDate > :1"; "1970-01-01")
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
$entitySelection:=ds.Employee.query("birthDate <= :1"; Current date-10950)
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with indexed placeholders for values:
$entitySelection:=ds.Customer.query("(firstName = :1 or firstName = :2) and (lastName = :3 or lastName = :4)"; "D@"; "R@"; "S@"; "K@")
ALERT($names.call(Null; $entitySelection; "ID"; "lastName"))
//Query with indexed placeholders for values on a related dataclass:
$entitySelection:=ds.Employee.query("lastName = :1 and manager.lastName = :2"; "M@"; "S@")
ALERT($names.call(Null; $entitySelection; "ID"; "lastName"))
//Query with indexed placeholder including a descending order by statement:
$entitySelection:=ds.Student.query("nationality = :1 order by campus.name desc, lastname"; "French")
ALERT(JSON Stringify($entitySelection.lastname))
//Query with named placeholders for values:
var $querySettings : Object
var $managedCustomers : cs.CustomerSelection
$querySettings:=New object
$querySettings.parameters:=New object("userId"; 1234; "extraInfo"; New object("name"; "Smith"))
$managedCustomers:=ds.Customer.query("salesperson.userId = :userId and name = :extraInfo.name"; $querySettings)
ALERT($names.call(Null; $managedCustomers; "ID"; "firstName"))
//Query that uses both named and indexed placeholders for values:
$querySettings:=New object
$querySettings.parameters:=New object("userId"; 1234)
$managedCustomers:=ds.Customer.query("salesperson.userId = :userId and name=:1"; "Smith"; $querySettings)
ALERT($names.call(Null; $managedCustomers; "ID"; "firstName"))
//Query with queryPlan and queryPath objects:
$entitySelection:=ds.Employee.query("(firstName = :1 or firstName = :2) and (lastName = :3 or lastName = :4)"; "D@"; "R@"; "S@"; "K@"; New object("queryPlan"; True; "queryPath"; True))
var $queryPlan; $queryPath : Object
$queryPlan:=$entitySelection.queryPlan
$queryPath:=$entitySelection.queryPath
ALERT(String($entitySelection.length)+" "+String(Value type($queryPlan))+" "+String(Value type($queryPath)))
//Query with an attribute path of Collection type:
$entitySelection:=ds.Employee.query("extraInfo.hobbies[].name = :1"; "horsebackriding")
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with an attribute path of Collection type and linked attributes:
$entitySelection:=ds.Employee.query("extraInfo.hobbies[a].name = :1 and extraInfo.hobbies[a].level=:2"; "horsebackriding"; 2)
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with an attribute path of Collection type and multiple linked attributes:
$entitySelection:=ds.Employee.query("extraInfo.hobbies[a].name = :1 and extraInfo.hobbies[a].level = :2 and extraInfo.hobbies[b].name = :3 and extraInfo.hobbies[b].level = :4"; "horsebackriding"; 2; "Tennis"; 5)
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with an attribute path of Object type:
$entitySelection:=ds.Employee.query("extra.eyeColor = :1"; "blue")
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with an IN statement:
$entitySelection:=ds.Employee.query("firstName in :1"; New collection("Kim"; "Dixie"))
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with a NOT (IN) statement:
$entitySelection:=ds.Employee.query("not (firstName in :1)"; New collection("John"; "Jane"))
ALERT($names.call(Null; $entitySelection; "ID"; "firstName"))
//Query with indexed placeholders for attributes:
var $es : 4D.EntitySelection
$es:=ds.Customer.query(":1 = 1234 and :2 = 'Smith'"; "salesperson.userId"; "name")
ALERT($names.call(Null; $es; "ID"; "firstName"))
//Query with indexed placeholders for attributes and named placeholders for values:
$querySettings:=New object
$querySettings.parameters:=New object("customerName"; "Smith")
$es:=ds.Customer.query(":1 = 1234 and :2 = :customerName"; "salesperson.userId"; "name"; $querySettings)
ALERT($names.call(Null; $es; "ID"; "firstName"))
//Query with indexed placeholders for attributes and values:
$es:=ds.Customer.query(":1 = 1234 and :2 = :3"; "salesperson.userId"; "name"; "Smith")
ALERT($names.call(Null; $es; "ID"; "firstName"))

// Example 2: named placeholders for attributes (Employee "Marie" and "Sophie")
$e:=ds.Employee.new()
$e.name:="Marie"
$e.number:=46
$e.softwares:={"Word 10.2": "Installed"; "Excel 11.3": "To be upgraded"; "Powerpoint 12.4": "Not installed"}
$e.save()
$e:=ds.Employee.new()
$e.name:="Sophie"
$e.number:=47
$e.softwares:={"Word 10.2": "Not installed"; "Excel 11.3": "To be upgraded"; "Powerpoint 12.4": "Not installed"}
$e.save()
$querySettings:=New object
$querySettings.attributes:=New object("attName"; "name"; "attWord"; New collection("softwares"; "Word 10.2"))
$es:=ds.Employee.query(":attName = 'Marie' and :attWord = 'Installed'"; $querySettings)
ALERT(String($es.length)+" "+$es.first().name)  //$es.length=1 (Employee Marie)
//Query with named placeholders for attributes and values:
var $name : Text
$name:="Sophie"  // the docs ask the user: Request("Please enter the name to search:")
$querySettings:=New object
$querySettings.parameters:=New object("givenName"; $name)
$querySettings.attributes:=New object("attName"; "name")
$es:=ds.Employee.query(":attName= :givenName"; $querySettings)
ALERT(String($es.length)+" "+String($es.first().number))

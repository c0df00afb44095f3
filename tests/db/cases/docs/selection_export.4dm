// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of
// .toCollection() (examples 1 to 9) and .extract()
// Data the examples imply: employees 416 Gregg Wahl and 417 Irma Durham (manager 412,
// employer 20 "India Astral Secretary"); for examples 8 and 9, Mike Phan (424) and his direct
// reports Gary Reichert (425) and Sadie Gallant (426), Gary's reports Rex Chance and Jenny Parks.
// Follows: the docs' .extract() example uses Teachers and Address; here Employee and its
// employer (Company) play those parts. The Employee dataclass here has more attributes than the
// docs' one, pictures are not stored (photo is null), dates stringify "YYYY-MM-DD" (spec
// language.md, "Dates inside objects").
var $c; $e; $r : Object
$c:=docs_company(20; "India Astral Secretary"; 12000000)
$c.creationDate:=!1984-08-25!
$c.save()
docs_company(21; "Omega"; 0)
docs_emp(412; "Big"; "Boss"; 0)
For each ($r; [{id: 416; first: "Gregg"; last: "Wahl"; salary: 79100; birth: !1963-02-01!; woman: False}; {id: 417; first: "Irma"; last: "Durham"; salary: 47000; birth: !1992-06-16!; woman: True}])
	$e:=docs_emp($r.id; $r.first; $r.last; $r.salary; 20; 412)
	$e.birthDate:=$r.birth
	$e.woman:=$r.woman
	$e.save()
End for each

// example 1: without filter or options parameter
var $employeesCollection; $filter; $coll : Collection
var $employees : cs.EmployeeSelection
$employeesCollection:=New collection
$employees:=ds.Employee.query("ID in :1"; [416; 417])
$employeesCollection:=$employees.toCollection()
ALERT(JSON Stringify($employeesCollection))
// example 2: with options
$employeesCollection:=$employees.toCollection(""; dk with primary key+dk with stamp)
ALERT(JSON Stringify($employeesCollection))
// example 3: with slicing and filtering on properties
$filter:=New collection
$filter.push("firstName")
$filter.push("lastName")
$employeesCollection:=$employees.toCollection($filter; 0; 0; 2)
ALERT(JSON Stringify($employeesCollection))
// example 4: relatedEntity with simple form
$employeesCollection:=$employees.toCollection("firstName,lastName,employer")
ALERT(JSON Stringify($employeesCollection))
// example 5: with the filterCol parameter
$coll:=New collection("firstName"; "lastName")
$employeesCollection:=$employees.toCollection($coll)
ALERT(JSON Stringify($employeesCollection))
// example 6: all properties of a relatedEntity
$coll:=New collection
$coll.push("firstName")
$coll.push("lastName")
$coll.push("employer.*")
$employeesCollection:=$employees.toCollection($coll)
ALERT(JSON Stringify($employeesCollection))
// example 7: some properties of a relatedEntity
$employeesCollection:=$employees.toCollection("firstName, lastName, employer.name")
ALERT(JSON Stringify($employeesCollection))
// examples 8 and 9: some / all properties of relatedEntities
docs_emp(424; "Mike"; "Phan"; 0; 21)
For each ($r; [{id: 425; first: "Gary"; last: "Reichert"; salary: 65800; manager: 424}; {id: 426; first: "Sadie"; last: "Gallant"; salary: 35200; manager: 424}; {id: 428; first: "Rex"; last: "Chance"; salary: 71600; manager: 425}; {id: 429; first: "Jenny"; last: "Parks"; salary: 51300; manager: 425}])
	docs_emp($r.id; $r.first; $r.last; $r.salary; 21; $r.manager)
End for each
$employees:=ds.Employee.query("ID in :1"; [416; 424; 425])
$employeesCollection:=$employees.toCollection("firstName, lastName, directReports.firstName")
ALERT(JSON Stringify($employeesCollection))
$employeesCollection:=$employees.toCollection("firstName, lastName, directReports.*")
ALERT(JSON Stringify($employeesCollection.map(Formula($1.value.directReports.length))))

// .extract()
var $firstnames; $addresses; $mailing; $teachers : Collection
$employees:=ds.Employee.query("ID in :1"; [412; 416; 424])
$firstnames:=$employees.extract("firstName")  //$firstnames is a collection of Strings
ALERT(JSON Stringify($firstnames))
$addresses:=$employees.extract("employer"; ck keep null)  //a collection of entities; Null values are extracted
ALERT(String($addresses.length)+" "+String($addresses[0]=Null)+" "+$addresses[1].getDataClass().getInfo().name+" "+$addresses[1].name)
$addresses:=$employees.extract("employer")
ALERT(String($addresses.length))
$mailing:=$employees.extract("lastName"; "who"; "employer"; "to")  //"who": Text, "to": an entity
ALERT($mailing[1].who+" "+$mailing[1].to.name+" "+String($mailing[0].to=Null))
$mailing:=$employees.extract("lastName"; "who"; "employer.name"; "city")  //"who" and "city": Text
ALERT(JSON Stringify($mailing))
$teachers:=ds.Company.all().extract("name"; "where"; "employees"; "who")  //"who": an entity selection
ALERT($teachers[0].where+" "+String(OB Instance of($teachers[0].who; 4D.EntitySelection))+" "+String($teachers[0].who.length))
$teachers:=ds.Company.all().extract("employees")  //a collection of entity selections
ALERT(String($teachers.length)+" "+String($teachers[1].length))

// Doc: https://developer.4d.com/docs/API/EntityClass — the examples of .fromObject() and
// .toObject() (examples 1 to 7)
// Data the examples imply: employee 413 Greg Wahl (manager 412, employer 20) and his direct
// reports 418, 419, 420; company 20 "India Astral Secretary"; employee 411 and company 21.
// Follows: the docs show a stored picture as "[object Picture]"; no picture is stored here
// (photo is null), and the Employee dataclass has more attributes than the docs' one. Dates in
// objects are Date values, stringified "YYYY-MM-DD" (spec language.md, "Dates inside objects").
var $c; $e : Object
$c:=docs_company(20; "India Astral Secretary"; 12000000)
$c.creationDate:=!1984-08-25!
$c.save()
docs_company(21; "Omega"; 0)
docs_emp(411; "Ann"; "Boss"; 0)
docs_emp(412; "Sam"; "Chief"; 0; 20)
$e:=docs_emp(413; "Greg"; "Wahl"; 0; 20; 412)
$e.birthDate:=!1963-02-01!
$e.woman:=False
$e.save()
var $r : Object
For each ($r; [{id: 418; first: "Lorena"; last: "Boothe"; salary: 44800; birth: !1970-10-02!; woman: True}; {id: 419; first: "Drew"; last: "Caudill"; salary: 41000; birth: !2030-01-12!; woman: False}; {id: 420; first: "Nathan"; last: "Gomes"; salary: 46300; birth: !2010-05-29!; woman: False}])
	$e:=docs_emp($r.id; $r.first; $r.last; $r.salary; 20; 413)
	$e.birthDate:=$r.birth
	$e.woman:=$r.woman
	$e.save()
End for each

// .fromObject(): related entities given by their primary key
var $o : Object
var $entity : cs.EmployeeEntity
$o:={firstName: "Mary"; lastName: "Smith"; salary: 36500; birthDate: "1958-10-27T00:00:00.000Z"; woman: True; managerID: 411; employerID: 20}
$entity:=ds.Employee.new()
$entity.fromObject($o)
$entity.save()
ALERT(JSON Stringify($entity.toObject("firstName, salary, birthDate, woman, manager.lastName, employer.name")))
// ... or given as objects with __KEY
$o:={firstName: "Marie"; lastName: "Lechat"; salary: 68400; birthDate: "1971-09-03T00:00:00.000Z"; woman: False; employer: {__KEY: "21"}; manager: {__KEY: "411"}}
$entity:=ds.Employee.new()
$entity.fromObject($o)
$entity.save()
ALERT(JSON Stringify($entity.toObject("firstName, birthDate, employerID, managerID, employer.name")))

var employeeSelected; employeeObject : Object
var $coll; $col : Collection
employeeSelected:=ds.Employee.get(413)
// .toObject(), example 1: without filter parameter
employeeObject:=employeeSelected.toObject()
ALERT(JSON Stringify(employeeObject))
// example 2: extracting the primary key and the stamp
employeeObject:=employeeSelected.toObject(""; dk with primary key+dk with stamp)
ALERT(JSON Stringify(employeeObject))
// example 3: expanding all the properties of relatedEntities
employeeObject:=employeeSelected.toObject("directReports.*")
ALERT(JSON Stringify(employeeObject))
// example 4: extracting some properties of relatedEntities
employeeObject:=employeeSelected.toObject("firstName, directReports.lastName")
ALERT(JSON Stringify(employeeObject))
// example 5: extracting a relatedEntity with simple form
$coll:=New collection("firstName"; "employer")
employeeObject:=employeeSelected.toObject($coll)
ALERT(JSON Stringify(employeeObject))
// example 6: extracting all the properties of a relatedEntity
employeeObject:=employeeSelected.toObject("employer.*")
ALERT(JSON Stringify(employeeObject))
// example 7: extracting some properties of a relatedEntity
$col:=New collection
$col.push("employer.name")
$col.push("employer.revenues")
employeeObject:=employeeSelected.toObject($col)
ALERT(JSON Stringify(employeeObject))

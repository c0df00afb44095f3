// computed attributes (docs ORDA/ordaClasses.md "Computed attributes"): Function get / set /
// query / orderBy of cs.EmployeeEntity, $event.result, sequential queries and sorts without
// query/orderBy functions, computed values in projections, exports and aggregates
seed_people
var $e; $boss; $mid : cs.EmployeeEntity
var $o : Object
$e:=ds.Employee.query("lastName = Holmes").first()
ALERT($e.fullName)
$o:=ds.Employee.fullName
ALERT($o.kind+" "+String($o.readOnly)+" "+String(ds.Employee.bigBoss.readOnly))
// set: dispatched to storage attributes, which are touched
$e.fullName:="John Watson"
ALERT($e.firstName+"/"+$e.lastName+" "+JSON Stringify($e.touchedAttributes()))
$e.save()
// get: $event.result:=Null gives Null
$e:=ds.Employee.new()
ALERT(String($e.fullName=Null))
$e.lastName:="Curie"
ALERT($e.fullName)
// query function (== with a space: first and last name; without: either)
ALERT(JSON Stringify(ds.Employee.query("fullName = :1"; "Colin Het").lastName))
ALERT(JSON Stringify(ds.Employee.query("fullName = :1"; "Smith").lastName))
ALERT(JSON Stringify(ds.Employee.query("fullName != :1"; "Cath").orderBy("ID").lastName))
ALERT(JSON Stringify(ds.Employee.query("fullName = :1 and salary > :2"; "H"; 45000).orderBy("ID").lastName))
// orderBy function: firstName, lastName (desc)
ALERT(JSON Stringify(ds.Employee.all().orderBy("fullName desc").fullName))
ALERT(JSON Stringify(ds.Employee.query("salary > 40000 order by fullName").firstName))
ALERT(JSON Stringify(ds.Employee.all().orderBy([{propertyPath: "fullName"}]).firstName))
// no query / orderBy function: the getter runs for each entity
ALERT(JSON Stringify(ds.Employee.query("yearlySalary > 600000").lastName))
ALERT(JSON Stringify(ds.Employee.query("yearlySalary > :1 or lastName = :2"; 700000; "Smith").lastName))
ALERT(JSON Stringify(ds.Employee.query("not(yearlySalary < 600000)").lastName))
ALERT(JSON Stringify(ds.Employee.all().orderBy("yearlySalary desc").lastName))
ALERT(JSON Stringify(ds.Employee.query("salary > 40000").yearlySalary))
ALERT(String(ds.Employee.all().sum("yearlySalary"))+" "+String(ds.Employee.all().max("yearlySalary")))
ALERT(JSON Stringify(ds.Employee.query("lastName = H@").toCollection("lastName, fullName")))
ALERT(JSON Stringify(ds.Employee.query("lastName = Smith").first().toObject("fullName, yearlySalary")))
// computed attributes giving entities and entity selections (managers: Hetrick > Harness > Watson, Kidston)
$boss:=ds.Employee.query("lastName = Hetrick").first()
$mid:=ds.Employee.query("lastName = Harness").first()
$mid.manager:=$boss
$mid.save()
For each ($e; ds.Employee.query("lastName in :1"; ["Watson"; "Kidston"]))
	$e.manager:=$mid
	$e.save()
End for each
$e:=ds.Employee.query("lastName = Watson").first()
ALERT($e.bigBoss.lastName+" "+JSON Stringify($e.coWorkers.lastName)+" "+String($boss.coWorkers.length))
ALERT(JSON Stringify($e.toObject("bigBoss")))
// a computed attribute without setter is read-only
Try
	$e.yearlySalary:=5
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try

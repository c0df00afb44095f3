// Doc: https://developer.4d.com/docs/API/EntityClass — the examples of .diff(), .touched(),
// .touchedAttributes()
// Data the examples imply: employees 1001 (Natasha Locke, 66600), 636 (Karla Marrero, 33500,
// employer 118), 672 and 725; companies 117, 118 and 121.
var $d : Object
var $show : 4D.Function
// a diff collection: the attribute names and the values; related entities by their key
$show:=Formula($1.map(Formula($1.value.attributeName+": "+(Value type($1.value.value)=Is object ? String($1.value.value.ID) : String($1.value.value))+" -> "+(Value type($1.value.otherValue)=Is object ? String($1.value.otherValue.ID) : String($1.value.otherValue)))).join(", "))
docs_company(117; "Acme"; 0)
docs_company(118; "Globex"; 0)
docs_company(121; "Initech"; 0)
docs_emp(1001; "Natasha"; "Locke"; 66600)
docs_emp(636; "Karla"; "Marrero"; 33500; 118)
docs_emp(672; "Paul"; "Dupuis"; 1000)
docs_emp(725; "Anne"; "Dupont"; 2000)

// .diff(), example 1
var $diff1; $diff2 : Collection
var $employee; $clone : Object
$employee:=ds.Employee.query("ID=1001").first()
$clone:=$employee.clone()
$employee.firstName:="MARIE"
$employee.lastName:="SOPHIE"
$employee.salary:=500
$diff1:=$clone.diff($employee)  // All differences are returned
$diff2:=$clone.diff($employee; New collection("firstName"; "lastName"))
// Only differences on firstName and lastName are returned
ALERT(JSON Stringify($diff1))
ALERT(JSON Stringify($diff2))

// .diff(), example 2
var vCompareResult1; vCompareResult2; vCompareResult3; $attributesToInspect : Collection
var $e1; $e2; $c : Object
vCompareResult1:=New collection
vCompareResult2:=New collection
vCompareResult3:=New collection
$attributesToInspect:=New collection
$e1:=ds.Employee.get(636)
$e2:=ds.Employee.get(636)
$e1.firstName:=$e1.firstName+" update"
$e1.lastName:=$e1.lastName+" update"
$c:=ds.Company.get(117)
$e1.employer:=$c
$e2.salary:=100
$attributesToInspect.push("firstName")
$attributesToInspect.push("lastName")
vCompareResult1:=$e1.diff($e2)
vCompareResult2:=$e1.diff($e2; $attributesToInspect)
vCompareResult3:=$e1.diff($e2; $e1.touchedAttributes())
ALERT($show.call(Null; vCompareResult1))
ALERT($show.call(Null; vCompareResult2))
ALERT($show.call(Null; vCompareResult3))

// .touched()
var $emp : cs.EmployeeEntity
$emp:=ds.Employee.get(672)
ALERT(String($emp.touched()))
$emp.firstName:=$emp.firstName  //Even if updated with the same value, the attribute is marked as touched
If ($emp.touched())  //if at least one of the attributes has been changed
	$emp.save()
End if  // otherwise, no need to save the entity
ALERT(String($emp.touched())+" "+String($emp.getStamp()))

// .touchedAttributes(), example 1
var $touchedAttributes : Collection
$touchedAttributes:=New collection
$emp:=ds.Employee.get(725)
$emp.firstName:=$emp.firstName  //Even if updated with the same value, the attribute is marked as touched
$emp.lastName:="Martin"
$touchedAttributes:=$emp.touchedAttributes()
ALERT(JSON Stringify($touchedAttributes))  //$touchedAttributes: ["firstName","lastName"]

// .touchedAttributes(), example 2
var $company : cs.CompanyEntity
$touchedAttributes:=New collection
$emp:=ds.Employee.get(672)
$emp.firstName:=$emp.firstName
$emp.lastName:="Martin"
$company:=ds.Company.get(121)
$emp.employer:=$company
$touchedAttributes:=$emp.touchedAttributes()
ALERT(JSON Stringify($touchedAttributes))  //collection $touchedAttributes: ["firstName","lastName","employer","employerID"]

// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of .orderBy() and
// .orderByFormula() (example 1)
// Data the examples imply: employees sharing first names, with managers and salaries; French
// students with last names of different lengths.
// Follows: the docs' Students dataclass is the Student dataclass here.
var $e : Object
docs_emp(1; "Anna"; "Zorn"; 3000)
docs_emp(2; "Bert"; "Young"; 1000; 0; 1)
docs_emp(3; "Anna"; "Xu"; 5000; 0; 2)
docs_emp(4; "Bert"; "Wolf"; 2000; 0; 1)
docs_emp(5; "Carl"; "Vega"; 4000)

var $entitySelection; $sortedEntitySelection : cs.EmployeeSelection
var $orderColl : Collection
$entitySelection:=ds.Employee.all()
// order by formula
$sortedEntitySelection:=$entitySelection.orderBy("firstName asc, salary desc")
ALERT(JSON Stringify($sortedEntitySelection.extract("firstName"; "f"; "salary"; "s")))
$sortedEntitySelection:=$entitySelection.orderBy("firstName")
ALERT(JSON Stringify($sortedEntitySelection.firstName)+" "+String($sortedEntitySelection.isOrdered()))
// order by collection with or without sort orders
$orderColl:=New collection
$orderColl.push(New object("propertyPath"; "firstName"; "descending"; False))
$orderColl.push(New object("propertyPath"; "salary"; "descending"; True))
$sortedEntitySelection:=$entitySelection.orderBy($orderColl)
ALERT(JSON Stringify($sortedEntitySelection.salary))
$orderColl:=New collection
$orderColl.push(New object("propertyPath"; "manager.lastName"))
$orderColl.push(New object("propertyPath"; "salary"))
$sortedEntitySelection:=$entitySelection.orderBy($orderColl)
ALERT(JSON Stringify($sortedEntitySelection.lastName))  // Null values are evaluated as less than other values

// .orderByFormula(), example 1: sorting students using a formula provided as text, or as an object
var $o : Object
For each ($o; [{last: "Dupontel"; nat: "French"}; {last: "Li"; nat: "French"}; {last: "Martin"; nat: "French"}; {last: "Schwarzenegger"; nat: "Austrian"}])
	$e:=ds.Student.new()
	$e.lastname:=$o.last
	$e.nationality:=$o.nat
	$e.save()
End for each
var $es1; $es2 : cs.StudentSelection
$es1:=ds.Student.query("nationality=:1"; "French")
$es2:=$es1.orderByFormula("length(this.lastname)")  //ascending by default
ALERT(JSON Stringify($es2.lastname))
$es2:=$es1.orderByFormula("length(this.lastname)"; dk descending)
ALERT(JSON Stringify($es2.lastname))
var $formula : Object
$formula:=Formula(Length(This.lastname))
$es2:=$es1.orderByFormula($formula)  // ascending by default
ALERT(JSON Stringify($es2.lastname))
$es2:=$es1.orderByFormula($formula; dk descending)
ALERT(JSON Stringify($es2.lastname)+" "+String($es2.isOrdered()))

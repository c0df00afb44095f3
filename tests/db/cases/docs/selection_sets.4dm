// Doc: https://developer.4d.com/docs/API/EntitySelectionClass — the examples of .add(),
// .and(), .or(), .minus(), .contains(), .copy(), .isAlterable(), .selected()
// Data the examples imply: "Colin Hetrick", "Grady Harness", "Sherlock Holmes" (710), "Cath
// Kidston", "Mary Smith" (686), 610; employees named Jones in and out of New York; products 10
// to 12 and above 50; invoices paid in cash or by credit card.
// Follows: since v18 R5 (docs ORDA/entities.md "Shareable or alterable entity selections") a
// query result is shareable and .add() on it is error 1637; the .add() examples run on .copy().
var $e : Object
docs_emp(1; "Colin"; "Hetrick"; 0)
docs_emp(2; "Grady"; "Harness"; 0)
docs_emp(710; "Sherlock"; "Holmes"; 0)
docs_emp(3; "Cath"; "Kidston"; 0)
docs_emp(686; "Mary"; "Smith"; 0)
docs_emp(610; "Ann"; "Wolf"; 0)
var $emp : Object
For each ($emp; [{name: "Jones"; city: "New York"; gender: "female"}; {name: "Jones"; city: "New York"; gender: "male"}; {name: "Jones"; city: "Boston"; gender: "female"}; {name: "Brown"; city: "New York"; gender: "female"}])
	$e:=ds.Employee.new()
	$e.fromObject($emp)
	$e.save()
End for each
var $i : Integer
For ($i; 1; 60)
	$e:=ds.Product.new()
	$e.ID:=$i
	$e.name:="P"+String($i)
	$e.save()
End for

// .add(), example 1
var $employees; $result : cs.EmployeeSelection
var $employee : cs.EmployeeEntity
$employees:=ds.Employee.query("lastName = :1"; "S@")
$employee:=ds.Employee.new()
$employee.lastName:="Smith"
$employee.save()
Try
	$employees.add($employee)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String($employees.isAlterable()))
End try
$employees:=$employees.copy()
$employees.add($employee)  //The $employee entity is added to the $employees entity selection
ALERT(String($employees.length)+" "+String($employees.isAlterable()))
// example 2: calls can be chained
var $sel : cs.ProductSelection
var $p1; $p2; $p3 : cs.ProductEntity
$p1:=ds.Product.get(10)
$p2:=ds.Product.get(11)
$p3:=ds.Product.get(12)
$sel:=ds.Product.query("ID > 50").copy()
$sel:=$sel.add($p1).add($p2).add($p3)
ALERT(String($sel.length)+" "+String($sel.contains($p2)))

// .and(), example 1
$employees:=ds.Employee.query("lastName = :1"; "H@")
//The $employees entity selection contains the entity with primary key 710 and other entities
$employee:=ds.Employee.get(710)  // Returns "Sherlock Holmes"
$result:=$employees.and($employee)  //$result is an entity selection containing only the entity with primary key 710 ("Sherlock Holmes")
ALERT(JSON Stringify($result.toCollection("ID, firstName, lastName")))
// example 2: employees named "Jones" who live in New York
var $sel1; $sel2; $sel3 : cs.EmployeeSelection
$sel1:=ds.Employee.query("name =:1"; "Jones")
$sel2:=ds.Employee.query("city=:1"; "New York")
$sel3:=$sel1.and($sel2)
ALERT(JSON Stringify($sel3.extract("name"; "name"; "city"; "city"; "gender"; "gender"))+" "+String($sel3.isOrdered()))

// .minus(), example 1
$employees:=ds.Employee.query("lastName = :1"; "H@")
$employee:=ds.Employee.get(710)  // Returns "Sherlock Holmes"
$result:=$employees.minus($employee)  //$result contains "Colin Hetrick", "Grady Harness"
ALERT(JSON Stringify($result.orderBy("ID").firstName))
// example 2: female employees named "Jones" who live in New York
$sel1:=ds.Employee.query("name =:1"; "Jones")
$sel2:=ds.Employee.query("city=:1"; "New York")
$sel3:=$sel1.and($sel2).minus(ds.Employee.query("gender='male'"))
ALERT(JSON Stringify($sel3.extract("name"; "name"; "city"; "city"; "gender"; "gender")))

// .or(), example 1
var $employees1; $employees2 : cs.EmployeeSelection
$employees1:=ds.Employee.query("lastName = :1"; "H@")  //Returns "Colin Hetrick","Grady Harness", "Sherlock Holmes"
$employees2:=ds.Employee.query("firstName = :1"; "C@")  //Returns "Colin Hetrick", "Cath Kidston"
$result:=$employees1.or($employees2)  //$result contains "Colin Hetrick", "Grady Harness", "Sherlock Holmes", "Cath Kidston"
ALERT(JSON Stringify($result.orderBy("ID").lastName))
// example 2
$employees:=ds.Employee.query("lastName = :1"; "H@")
$employee:=ds.Employee.get(686)  //the entity with primary key 686 does not belong to the $employees entity selection
//It matches the employee "Mary Smith"
$result:=$employees.or($employee)
ALERT(JSON Stringify($result.orderBy("ID").lastName))

// .contains()
$employees:=ds.Employee.query("lastName=:1"; "H@")
$employee:=ds.Employee.get(610)
If ($employees.contains($employee))
	ALERT("The entity with primary key 610 has a last name beginning with H")
Else
	ALERT("The entity with primary key 610 does not have a last name beginning with H")
End if

// .copy() and .isAlterable(): a new, empty selection is alterable; ck shared makes a shareable one
var $products : cs.ProductSelection
$products:=ds.Product.newSelection()
$products.add(ds.Product.get(1))
If (Not($products.isAlterable()))
	$products:=$products.copy()
End if
$products.add(ds.Product.get(2))
ALERT(String($products.length)+" "+String($products.isAlterable())+" "+String($products.copy(ck shared).isAlterable()))

// .selected(): positions of invoices paid in cash / by cash or credit card among all invoices
var $invoices; $cashSel; $creditSel : cs.InvoiceSelection
var $result1; $result2 : Object
var $pay : Text
For each ($pay; ["Cash"; "Credit Card"; "Check"; "Cash"; "Credit Card"; "Check"; "Cash"; "Credit Card"])
	$e:=ds.Invoice.new()
	$e.customer:="C"
	$e.payment:=$pay
	$e.save()
End for each
$invoices:=ds.Invoice.all()
$cashSel:=ds.Invoice.query("payment = :1"; "Cash")
$creditSel:=ds.Invoice.query("payment IN :1"; New collection("Cash"; "Credit Card"))
$result1:=$invoices.selected($cashSel)
$result2:=$invoices.selected($creditSel)
ALERT(JSON Stringify($result1))  //$result1 = {ranges:[{start:0;end:0},{start:3;end:3},{start:6;end:6}]}
ALERT(JSON Stringify($result2))  //$result2 = {ranges:[{start:0;end:1},{start:3;end:4},{start:6;end:7}]}

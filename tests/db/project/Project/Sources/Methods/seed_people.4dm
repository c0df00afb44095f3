// Test data shared by the cases: 3 companies, 6 employees (the names the docs' examples use)
var $c1; $c2; $c3; $e : Object
$c1:=ds.Company.new()
$c1.name:="Acme"
$c1.city:="New York"
$c1.revenues:=12000000
$c1.save()
$c2:=ds.Company.new()
$c2.name:="Globex"
$c2.city:="Paris"
$c2.revenues:=500000
$c2.save()
$c3:=ds.Company.new()
$c3.name:="Initech"
$c3.city:="Lyon"
$c3.revenues:=800
$c3.save()
var $people : Collection
$people:=[["Colin"; "Hetrick"; 41000; $c1; "male"]; ["Grady"; "Harness"; 52000; $c1; "male"]; ["Sherlock"; "Holmes"; 66600; $c2; "male"]; ["Cath"; "Kidston"; 38000; $c2; "female"]; ["Mary"; "Smith"; 36500; $c3; "female"]; ["Élodie"; "Écrivain"; 47000; Null; "female"]]
var $p : Collection
For each ($p; $people)
	$e:=ds.Employee.new()
	$e.firstName:=$p[0]
	$e.lastName:=$p[1]
	$e.salary:=$p[2]
	$e.employer:=$p[3]
	$e.gender:=$p[4]
	$e.save()
End for each

// seed: the first run's data (two companies and their staff), in one transaction
var $acme; $globex; $e : Object
var $row : Collection
ds.startTransaction()
$acme:=ds.Company.new()
$acme.name:="Acme"
$acme.city:="Paris"
$acme.founded:=!1998-04-01!
$acme.save()
$globex:=ds.Company.new()
$globex.name:="Globex"
$globex.city:="Lyon"
$globex.founded:=!2005-09-15!
$globex.save()
For each ($row; [["Ada Lovelace"; 5200; $acme; ["math"; "engines"]]; ["Alan Turing"; 4800; $acme; ["math"; "codes"]]; ["Grace Hopper"; 5100; $globex; ["compilers"]]; ["Edsger Dijkstra"; 4700; $globex; ["algorithms"; "math"]]; ["Barbara Liskov"; 5000; $globex; ["types"]]])
	$e:=ds.Employee.new()
	$e.fullName:=$row[0]  // the computed attribute's setter fills firstName and lastName
	$e.salary:=$row[1]
	$e.employer:=$row[2]
	$e.skills:={list: $row[3]}
	$e.save()
End for each
ds.validateTransaction()

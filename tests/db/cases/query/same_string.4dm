// One query string run with values of every kind (the SQL of a plain query is kept per
// string: compile.py), and remembered conditions after writes to a related table
var $c : cs.CompanyEntity
var $e : cs.EmployeeEntity
var $sel : cs.EmployeeSelection
var $i : Integer
var $names : Collection
$names:=["Alpha"; "Beta"; "Gamma"; "alpha"; "Éta"]
For ($i; 0; $names.length-1)
	$c:=ds.Company.new()
	$c.name:=$names[$i]
	$c.revenues:=$i*10
	$c.save()
End for
var $v : Variant
For each ($v; ["alpha"; "ALPHA"; "al@"; "@a"; "eta"; Null; "none"; 20; "Gam@"])
	ALERT(String($v)+": "+String(ds.Company.query("name = :1"; $v).length))
End for each
For each ($v; [10; "20"; 15.5; 40])
	ALERT(String($v)+": "+String(ds.Company.query("revenues >= :1 and not (name = :2)"; $v; "Beta").length))
End for each
ALERT(JSON Stringify(ds.Company.query("name > :1 order by name"; "b").name))
ALERT(JSON Stringify(ds.Company.query("name < :1"; "b@").name))
Try
	ds.Company.query("revenues = :1"; "abc")
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
Try
	ds.Company.query("name = :1")
Catch
	ALERT("error "+String(Last errors[0].errCode))
End try
ALERT(String(ds.Company.query("name = :n"; {parameters: {n: "beta"}}).length)+" "+String(ds.Company.query("name = :n"; {parameters: {n: "gamma"}}).length))
// a selection made through a relation, then the related entity changes
$c:=ds.Company.query("name = :1"; "Beta").first()
For ($i; 1; 3)
	$e:=ds.Employee.new()
	$e.lastName:="E"+String($i)
	$e.salary:=$i*1000
	$e.employer:=$c
	$e.save()
End for
$sel:=ds.Employee.query("employer.name = :1"; "Beta")
ALERT(String($sel.length)+" "+String($sel.sum("salary")))
$c.name:="Renamed"
$c.save()
ALERT(String($sel.length)+" "+String($sel.sum("salary"))+" "+JSON Stringify($sel.orderBy("salary desc").lastName))
ALERT(String($sel.query("salary > 1500").length))

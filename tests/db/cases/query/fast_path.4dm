// A plain query string run again takes a shorter path (selection.py _fast_entry, from its
// third run): each query here is first run 3 times with ordinary values, then with the
// values that path must leave to the general one (null, `@`, another type, settings, a
// missing or extra argument), and its selections are used after the data changed
var $c : cs.CompanyEntity
var $sel : cs.CompanySelection
var $other : cs.EmployeeSelection
var $e : cs.EmployeeEntity
var $i : Integer
var $names : Collection
var $v : Variant
$names:=["Alpha"; "Beta"; "Gamma"; "alpha"; "Éta"; "20"]
For ($i; 0; $names.length-1)
	$c:=ds.Company.new()
	$c.name:=$names[$i]
	$c.revenues:=$i*10
	$c.creationDate:=Add to date(!2020-01-01!; 0; 0; $i)
	$c.save()
End for
$c:=ds.Company.new()    // no name, no revenues: null values
$c.save()

// a keyed text attribute: case- and accent-insensitive
For ($i; 1; 3)
	$sel:=ds.Company.query("name = :1"; "beta")
End for
ALERT("beta "+String($sel.length)+" "+String($sel.isOrdered()))
ALERT("ALPHA "+String(ds.Company.query("name = :1"; "ALPHA").length))
ALERT("eta "+String(ds.Company.query("name = :1"; "eta").length))
ALERT("al@ "+String(ds.Company.query("name = :1"; "al@").length))
ALERT("@ "+String(ds.Company.query("name = :1"; "@").length))
ALERT("null "+String(ds.Company.query("name = :1"; Null).length))
ALERT("20 (number) "+String(ds.Company.query("name = :1"; 20).length))
ALERT("extra argument "+String(ds.Company.query("name = :1"; "gamma"; "ignored").length))
ALERT("settings "+String(ds.Company.query("name = :1"; "gamma"; {queryPlan: True}).queryPlan#Null))
Try
	ds.Company.query("name = :1")
Catch
	ALERT("no value: error "+String(Last errors[0].errCode))
End try

// a run with settings, then one with `@`, then plain values holding GLOB characters
For each ($v; ["Paris"; "a*"; "ab"; "[a]"])
	$c:=ds.Company.new()
	$c.city:=$v
	$c.save()
End for each
ALERT("city "+String(ds.Company.query("city = :1"; "paris").length))
ALERT("city settings "+String(ds.Company.query("city = :1"; "paris"; {queryPlan: True}).length))
ALERT("city a@ "+String(ds.Company.query("city = :1"; "a@").length))
For each ($v; ["a*"; "A*"; "[a]"; "a"; "ab"])
	ALERT("city "+$v+" "+String(ds.Company.query("city = :1"; $v).length))
End for each

// numbers, dates, the order
For ($i; 1; 3)
	$sel:=ds.Company.query("revenues >= :1 and name # :2 order by name desc"; 20; "gamma")
End for
ALERT("ordered "+JSON Stringify($sel.name)+" "+String($sel.isOrdered()))
ALERT("15.5 "+JSON Stringify(ds.Company.query("revenues >= :1 and name # :2 order by name desc"; 15.5; "x").name))
ALERT("text 30 "+JSON Stringify(ds.Company.query("revenues >= :1 and name # :2 order by name desc"; "30"; "x").name))
ALERT("true "+JSON Stringify(ds.Company.query("revenues >= :1 and name # :2 order by name desc"; True; "éta").name))
ALERT("text abc "+JSON Stringify(ds.Company.query("revenues >= :1 and name # :2 order by name desc"; "abc"; "x").name))
Try
	ds.Company.query("revenues >= :1 and name # :2 order by name desc"; Null; "x")
Catch
	ALERT("null >=: error "+String(Last errors[0].errCode))
End try
For ($i; 1; 3)
	$sel:=ds.Company.query("creationDate = :1"; !2020-01-03!)
End for
ALERT("date "+JSON Stringify($sel.name)+" "+String(ds.Company.query("creationDate = :1"; "2020-01-04").first().name))
For ($i; 1; 3)
	$sel:=ds.Company.query("name = 'Beta' or revenues = :1"; 40)
End for
ALERT("constant "+JSON Stringify($sel.orderBy("name").name))
For ($i; 1; 3)
	$sel:=ds.Company.query("name = 'Beta'")
End for
ALERT("no placeholder "+String($sel.length)+" "+String(ds.Company.query("name = 'Beta'"; {queryPlan: True}).queryPlan#Null))
For ($i; 1; 3)
	$sel:=ds.Company.query("name = :n"; {parameters: {n: "alpha"}})
End for
ALERT("named "+String($sel.length))

// Booleans and times
For ($i; 1; 4)
	$e:=ds.Employee.new()
	$e.lastName:="E"+String($i)
	$e.woman:=($i%2)=0
	$e.salary:=$i*1000
	$e.save()
End for
For ($i; 1; 3)
	$other:=ds.Employee.query("woman = :1"; True)
End for
ALERT("woman "+JSON Stringify($other.lastName)+" "+JSON Stringify(ds.Employee.query("woman = :1"; 0).lastName))

// selections of the short path used after writes
For ($i; 1; 3)
	$sel:=ds.Company.query("revenues >= :1"; 20)
End for
ALERT("before "+String($sel.length)+" "+String($sel.sum("revenues"))+" "+String($sel.query("name = :1"; "gamma").length))
$c:=ds.Company.query("name = :1"; "gamma").first()
$c.revenues:=5
$c.save()
ALERT("after "+String($sel.length)+" "+String($sel.sum("revenues"))+" "+String($sel.query("revenues < :1"; 10).length))
ALERT("and "+String($sel.and(ds.Company.query("revenues >= :1"; 20)).length))
$e:=ds.Employee.query("lastName = :1"; "E1").first()
$e.employer:=ds.Company.query("name = :1"; "gamma").first()
$e.save()
ALERT("relation "+JSON Stringify($sel.employees.lastName))
$c.name:="Gamma2"
$c.save()
ALERT("renamed "+String($sel.query("name = :1"; "gamma").length)+" "+String($sel.query("name = :1"; "gamma2").length))

// inside a transaction: entities saved just before are found
ds.startTransaction()
For ($i; 1; 3)
	$c:=ds.Company.new()
	$c.name:="T"+String($i)
	$c.save()
	ALERT("transaction "+String(ds.Company.query("name = :1"; $c.name).length))
End for
ds.cancelTransaction()
ALERT("cancelled "+String(ds.Company.query("name = :1"; "T3").length))

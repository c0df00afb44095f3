// New entities saved in a transaction take the short path (rows.insert_new) once the first
// one has set up the key block and the record numbers: their rows must be what a save one at
// a time writes — every field type, the collation keys queries compare (case, accents,
// control characters), relations given as entities, a change after the save, numbers that
// keep counting across a new block of keys, rows sent 50 to a statement
var $c : cs.CompanyEntity
var $e : cs.EmployeeEntity
var $a : cs.AllTypesEntity
var $i : Integer
var $ok : Boolean
ds.startTransaction()
$c:=ds.Company.new()
$c.name:="Ünïcode Corp"
$c.city:="PARIS"
$c.save()
$ok:=True
For ($i; 1; 120)
	$e:=ds.Employee.new()
	$e.firstName:="n"+String($i)
	$e.lastName:=Choose($i%3; "Smith"; "ÉLAN"; "Tab"+Char(Tab)+"Name")
	$e.salary:=$i
	$e.woman:=($i%2=0)
	$e.birthDate:=Add to date(!1990-01-01!; 0; 0; $i)
	$e.employer:=$c
	$ok:=$ok & $e.save().success & ($e.ID=$i) & Not($e.isNew())
End for
ALERT(String($ok)+" "+String($e.ID)+" "+String($e.getKey())+" "+String($e.getStamp()))
$e.salary:=1000
ALERT(String($e.save().success))
ALERT(String(ds.Employee.query("lastName = :1"; "elan").length)+" "+\
String(ds.Employee.query("lastName = :1"; "SMITH").length)+" "+\
String(ds.Employee.query("lastName = :1"; "tab"+Char(Tab)+"name").length))
ALERT(String($c.employees.length)+" "+String(ds.Employee.query("employer.name = :1"; "ÜNÏCODE corp").length))
ALERT(String(ds.Employee.all().sum("salary"))+" "+String(ds.Employee.query("woman = true").length))
ALERT(String(ds.Employee.query("birthDate = :1"; !1990-01-05!).first().firstName))
$a:=ds.AllTypes.new()
$a.aBool:=True
$a.anInteger:=7
$a.aLong:=70000
$a.aLong64:=7000000000
$a.aReal:=0.5
$a.aDate:=!2024-02-29!
$a.aTime:=?12:34:56?
ALERT(String($a.save().success))
$a:=ds.AllTypes.new()
$a.aReal:=1.5
ALERT(String($a.save().success)+" "+String($a.ID))
ds.validateTransaction()
$a:=ds.AllTypes.query("aBool = true").first()
ALERT(JSON Stringify($a.toObject("aBool, anInteger, aLong, aLong64, aReal, aDate")))
ALERT(String($a.aTime)+" "+String(ds.AllTypes.query("aReal = 1.5").first().ID))
ALERT(String(ds.Employee.getCount())+" "+String(ds.Employee.get(120).salary)+" "+String(ds.Employee.get(17).employer.city))
// a second transaction goes on counting
ds.startTransaction()
For ($i; 1; 3)
	$e:=ds.Employee.new()
	$e.lastName:="later"
	$e.save()
End for
ds.validateTransaction()
ALERT(JSON Stringify(ds.Employee.query("lastName = later").ID))

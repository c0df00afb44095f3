// ds, new(), save(), get(), query() with placeholders, all(), length, first()
var $e : cs.EmployeeEntity
var $status : Object
$e:=ds.Employee.new()
ALERT(String($e.isNew())+" "+String($e.getStamp())+" "+String($e.touched()))
$e.firstName:="Ada"
$e.lastName:="Lovelace"
$e.salary:=5000
ALERT(JSON Stringify($e.touchedAttributes()))
$status:=$e.save()
ALERT(JSON Stringify($status))
ALERT(String($e.ID)+" "+String($e.getStamp())+" "+String($e.isNew())+" "+String($e.touched()))
$e.salary:=6000
$status:=$e.save()
ALERT(String($e.getStamp()))
$e:=ds.Employee.new()
$e.firstName:="Alan"
$e.lastName:="Turing"
$e.save()
ALERT(String(ds.Employee.all().length)+" "+String(ds.Employee.getCount()))
ALERT(ds.Employee.get(2).lastName)
ALERT(String(ds.Employee.get(99)=Null))
ALERT(ds.Employee.query("lastName = :1"; "love@").first().firstName)
ALERT(ds.Employee.query("lastName = 'TURING'").first().firstName)
ALERT(String(ds.Employee.query("salary > :1"; 1000).length))
ALERT(JSON Stringify(ds.Employee.all().lastName))
ALERT(JSON Stringify(ds.Employee.getInfo()))

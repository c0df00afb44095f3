var $e : cs.EmployeeEntity
$e:=ds.Employee.new()
$e.firstName:="Ada"
$e.lastName:="Lovelace"
$e.salary:=5000
var $s : Object
$s:=$e.save()
ALERT(JSON Stringify($s))
ALERT(String($e.ID)+" "+String($e.getStamp()))
ALERT(String(ds.Employee.all().length))
ALERT(String(ds.Employee.query("lastName = :1"; "love@").length))
ALERT(ds.Employee.query("lastName = :1"; "LOVELACE").first().firstName)

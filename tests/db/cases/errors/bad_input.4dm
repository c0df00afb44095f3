// bad input: each is a 4D error (code and message), never a Python or SQL text
var $r : Object
var $e : Object
Try
	$r:=ds.Employee.query("lastName = = 'x'")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$r:=ds.Employee.query("nope = 1")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$r:=ds.Employee.query("salary = :1"; !2020-01-01!)
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$r:=ds.Employee.query("(lastName = 'x'")
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$r:=ds.Employee.query("lastName = :2"; "x")
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$e:=ds.Employee.new()
	$e.salary:="a lot"
Catch
	ALERT(String(Last errors[0].errCode))
End try
Try
	$r:=ds.Employee.query("eval(This.salary>0)"; New object("allowFormulas"; False))
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
// duplicate key: status 4 with the engine error in errors
$e:=ds.Employee.new()
$e.email:="a@b.c"
$e.save()
$e:=ds.Employee.new()
$e.email:="A@B.C"
$r:=$e.save()
ALERT(String($r.success)+" "+String($r.status)+" "+$r.statusText+" "+String($r.errors[0].errCode))
// Null given to a field that rejects NULL input (Invoice.customer)
$e:=ds.Invoice.new()
$e.amount:=10
$r:=$e.save()
ALERT(String($r.success)+" "+String($r.status)+" "+String($r.errors[0].errCode))
ALERT(String(ds.Invoice.getCount())+" "+String(ds.Employee.getCount()))

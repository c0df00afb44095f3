// ds.startTransaction()/cancel/validate and the classic commands: nested, per process
var $e : Object
ALERT(String(In transaction)+" "+String(Transaction level))
START TRANSACTION
$e:=ds.Company.new()
$e.name:="kept"
$e.save()
ds.startTransaction()
$e:=ds.Company.new()
$e.name:="cancelled"
$e.save()
ALERT(String(Transaction level)+" "+String(ds.Company.getCount()))
ds.cancelTransaction()
ALERT(String(Transaction level)+" "+String(ds.Company.getCount()))
VALIDATE TRANSACTION
ALERT(String(OK)+" "+String(In transaction)+" "+String(ds.Company.getCount()))
ds.startTransaction()
$e:=ds.Company.new()
$e.name:="undone"
$e.save()
CANCEL TRANSACTION
ALERT(JSON Stringify(ds.Company.all().name))
VALIDATE TRANSACTION
ALERT(String(OK))

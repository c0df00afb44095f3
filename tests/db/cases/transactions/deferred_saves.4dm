// New entities saved in a transaction (rows sent later, many at once: backend.py "Deferred
// inserts") behave as if written at save: keys, record numbers, queries, counts, updates,
// drops, nested levels, cancel, and the classic commands see them
var $e; $f; $g : cs.CompanyEntity
var $i : Integer
var $status : Object
$e:=ds.Company.new()
$e.name:="before"
$e.save()
ds.startTransaction()
For ($i; 1; 5)
	$f:=ds.Company.new()
	$f.name:="c"+String($i)
	$f.revenues:=$i*100
	$status:=$f.save()
End for
ALERT(String($status.success)+" "+String($f.ID)+" "+String($f.getKey())+" "+String($f.getStamp()))
ALERT(String(ds.Company.getCount())+" "+String(ds.Company.query("name = :1"; "c3").first().revenues))
ALERT(String(ds.Company.all().sum("revenues")))
$g:=ds.Company.new()
$g.name:="updated later"
$g.save()
$g.revenues:=7
ALERT(String($g.save().success)+" "+String(ds.Company.query("revenues = 7").first().name))
$g:=ds.Company.new()
$g.name:="dropped"
$g.save()
ALERT(String($g.drop().success)+" "+String(ds.Company.query("name = dropped").length))
ds.startTransaction()
$g:=ds.Company.new()
$g.name:="inner"
$g.save()
ds.cancelTransaction()
ALERT(String(ds.Company.query("name = inner").length)+" "+String(ds.Company.getCount()))
ds.validateTransaction()
ALERT(JSON Stringify(ds.Company.all().orderBy("ID").ID))
ALERT(JSON Stringify(ds.Company.all().name))
// record numbers follow the order of creation
ALL RECORDS([Company])
ORDER BY([Company]; [Company]ID)
FIRST RECORD([Company])
ALERT(String(Record number([Company]))+" "+[Company]name)
LAST RECORD([Company])
ALERT(String(Record number([Company]))+" "+[Company]name)
// cancelled: nothing of it stays, and later entities get new numbers
ds.startTransaction()
$g:=ds.Company.new()
$g.name:="cancelled"
$g.save()
ds.cancelTransaction()
$g:=ds.Company.new()
$g.name:="after"
$g.save()
ALERT(String(ds.Company.getCount())+" "+String(ds.Company.query("name = cancelled").length)+" "+String($g.ID > $f.ID))
// the classic commands in a transaction
START TRANSACTION
CREATE RECORD([Company])
[Company]name:="classic"
SAVE RECORD([Company])
ALERT(String(Records in table([Company]))+" "+String(Record number([Company]) >= 0))
QUERY([Company]; [Company]name = "classic")
ALERT(String(Records in selection([Company])))
VALIDATE TRANSACTION
ALERT(String(ds.Company.getCount()))

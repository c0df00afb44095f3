// optimistic locking: two references to one record (as two processes would hold), the second
// save gets "Stamp has changed" and nothing is overwritten; dk auto merge merges other attributes
var $a; $b; $r : Object
$a:=ds.Company.new()
$a.name:="Acme"
$a.city:="Paris"
$a.save()
$a:=ds.Company.get(1)
$b:=ds.Company.get(1)
$a.name:="Acme 2"
ALERT(JSON Stringify($a.save()))
$b.name:="Acme 3"
$r:=$b.save()
ALERT(String($r.success)+" "+String($r.status)+" "+$r.statusText+" "+String($r.status=dk status stamp has changed))
ALERT(ds.Company.get(1).name)
$b.reload()
$b.city:="Lyon"
$a.revenues:=5
$a.save()
$r:=$b.save(dk auto merge)
ALERT(JSON Stringify($r))
ALERT(JSON Stringify(ds.Company.get(1).toObject("name, city, revenues")))
$b:=ds.Company.get(1)
$a:=ds.Company.get(1)
$a.drop()
$r:=$b.save()
$b.name:="x"
$r:=$b.save()
ALERT(String($r.status)+" "+$r.statusText)
// in a transaction stamps are not compared (docs ORDA/entities.md "Automatic optimistic lock")
$a:=ds.Company.new()
$a.name:="Bob"
$a.save()
ds.startTransaction()
$a:=ds.Company.get(2)
$b:=ds.Company.get(2)
$a.name:="Bill"
$r:=$a.save()
$b.name:="William"
ALERT(JSON Stringify($r)+" "+JSON Stringify($b.save())+" "+String($b.getStamp()))
ds.validateTransaction()
ALERT(ds.Company.get(2).name)

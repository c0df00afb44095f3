// Entity: toObject, fromObject, clone, diff, reload, drop, lock/unlock, getKey, navigation
seed_people
var $e; $clone; $o : Object
$e:=ds.Employee.query("lastName = Holmes").first()
ALERT(JSON Stringify($e.toObject("firstName, lastName, employer")))
ALERT(JSON Stringify($e.toObject("employer.*")))
ALERT(JSON Stringify($e.toObject(""; dk with primary key+dk with stamp)))
$clone:=$e.clone()
$e.firstName:="MARIE"
$e.salary:=500
ALERT(JSON Stringify($clone.diff($e)))
ALERT(JSON Stringify($clone.diff($e; ["firstName"])))
ALERT(String($e.getKey())+" "+$e.getKey(dk key as string))
$o:=$e.reload()
ALERT(JSON Stringify($o)+" "+$e.firstName)
var $sel : Object
$sel:=ds.Employee.query("lastName = :1"; "H@")
$e:=$sel[1]
ALERT($e.lastName+" "+String($e.indexOf())+" "+$e.next().lastName+" "+$e.previous().lastName+" "+$e.first().lastName+" "+$e.last().lastName)
ALERT(String($e.getSelection().length)+" "+String(ds.Employee.get(1).indexOf())+" "+String(ds.Employee.get(1).getSelection()=Null))
ALERT(String($e.next().next()=Null))
ALERT(String($e.getDataClass().getInfo().name))
$o:=$e.lock()
ALERT(JSON Stringify($o))
$o:=$e.unlock()
ALERT(JSON Stringify($o))
$o:=ds.Employee.new()
$o.fromObject({firstName: "Mary"; lastName: "Poppins"; salary: 36500; employer: {__KEY: 2}; unknown: 1})
$o.save()
ALERT($o.employer.name+" "+String($o.ID))
$o:=$o.drop()
ALERT(JSON Stringify($o))
ALERT(String(ds.Employee.getCount()))

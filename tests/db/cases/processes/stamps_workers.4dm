// two real 4D processes (workers) save the same entity: the second gets the stamp error
// (dk status stamp has changed) and nothing is overwritten silently; a lock taken by a worker
// stops the other processes from saving and dropping the entity (docs API/EntityClass.md
// .save(), .lock(); ORDA/entities.md "Entity locking")
var $c; $r : Object
$c:=ds.Company.new()
$c.name:="Acme"
$c.save()
Use (Storage)
	Storage.log:=New shared collection
End use
CALL WORKER("w1"; "stamp_worker"; "load"; 1)
wait_log(1)
CALL WORKER("w2"; "stamp_worker"; "load"; 1)
wait_log(2)
CALL WORKER("w1"; "stamp_worker"; "save"; 1; "from w1")
wait_log(3)
CALL WORKER("w2"; "stamp_worker"; "save"; 1; "from w2")
wait_log(4)
ALERT(Storage.log.join("\n"))
ALERT(ds.Company.get(1).name+" "+String(ds.Company.get(1).getStamp()))
// this process's reference, loaded before both saves, is stale too
$c.name:="from main"
$r:=$c.save()
ALERT(String($r.success)+" "+String($r.status=dk status stamp has changed)+" "+ds.Company.get(1).name)
// a worker locks the entity: this process can neither save nor drop it
CALL WORKER("w2"; "stamp_worker"; "load"; 1)
CALL WORKER("w2"; "stamp_worker"; "lock"; 1)
wait_log(6)
$c:=ds.Company.get(1)
$c.name:="from main"
$r:=$c.save()
ALERT(String($r.success)+" "+String($r.status=dk status locked)+" "+$r.statusText+" "+$r.lockInfo.task_name)
$r:=$c.lock()
ALERT(String($r.success)+" "+String($r.status))
ALERT(String(ds.Company.all().drop().length)+" "+String(ds.Company.getCount()))
CALL WORKER("w2"; "stamp_worker"; "unlock"; 1)
wait_log(7)
ALERT(Storage.log[4]+" / "+Storage.log[5]+" / "+Storage.log[6])
$r:=$c.save()
ALERT(String($r.success)+" "+ds.Company.get(1).name)
KILL WORKER("w1")
KILL WORKER("w2")

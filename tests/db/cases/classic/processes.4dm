// each process has its own current selection and current record of each table, on the same
// data; the current record of a read-write table is locked for the other processes (docs:
// Record Locking, Locked)
seed_people
Use (Storage)
	Storage.log:=New shared collection
End use
QUERY([Employee]; [Employee]gender="male")
ALERT("main: "+String(Records in selection([Employee]))+" "+[Employee]lastName)
CALL WORKER("w1"; "classic_worker"; "query")
wait_log(1)
ALERT(Storage.log[0])
ALERT("main: "+String(Records in selection([Employee]))+" "+[Employee]lastName)
CALL WORKER("w1"; "classic_worker"; "show")
wait_log(2)
ALERT(Storage.log[1])
// w1 holds Smith's record: here it is loaded read-only, not saved, not deleted
CALL WORKER("w1"; "classic_worker"; "lock")
wait_log(3)
ALERT(Storage.log[2])
QUERY([Employee]; [Employee]lastName="Smith")
ALERT(String(Locked([Employee])))
[Employee]salary:=1
SAVE RECORD([Employee])
DELETE RECORD([Employee])
ALERT(String(ds.Employee.query("lastName = Smith").first().salary)+" "+String(Records in table([Employee])))
var $e : Object
$e:=ds.Employee.query("lastName = Smith").first()
$e.salary:=2
ALERT(JSON Stringify($e.save()))
// w1 releases it: now it can be changed here
CALL WORKER("w1"; "classic_worker"; "release")
wait_log(4)
ALERT(Storage.log[3])
LOAD RECORD([Employee])
ALERT(String(Locked([Employee])))
[Employee]salary:=3
SAVE RECORD([Employee])
ALERT(String(ds.Employee.query("lastName = Smith").first().salary))
KILL WORKER("w1")

// UNLOAD RECORD (docs): the record stays the current record but is no longer loaded, and its
// lock goes: another process can then change it; LOAD RECORD loads it again (and locks it)
seed_people
Use (Storage)
	Storage.log:=New shared collection
End use
QUERY([Employee]; [Employee]lastName="Smith")
ALERT(String(Is record loaded([Employee]))+" "+String(Locked([Employee]))+" "+String(Record number([Employee])))
UNLOAD RECORD([Employee])
ALERT(String(Is record loaded([Employee]))+" "+String(Record number([Employee]))+" "+String(Records in selection([Employee])))
// unloaded here: the worker gets it read-write
CALL WORKER("w1"; "classic_worker"; "lock")
wait_log(1)
ALERT(Storage.log[0])
LOAD RECORD([Employee])
ALERT(String(Is record loaded([Employee]))+" "+String(Locked([Employee]))+" "+[Employee]lastName)
CALL WORKER("w1"; "classic_worker"; "release")
wait_log(2)
ALERT(Storage.log[1])
LOAD RECORD([Employee])
ALERT(String(Locked([Employee])))
[Employee]salary:=5
SAVE RECORD([Employee])
UNLOAD RECORD([Employee])
ALERT(String(Is record loaded([Employee]))+" "+String([Employee]salary)+" "+String(Is record loaded([Employee])))
ALL RECORDS([Employee])
GOTO SELECTED RECORD([Employee]; Records in selection([Employee])+1)
UNLOAD RECORD([Employee])
ALERT(String(Is record loaded([Employee]))+" "+String(End selection([Employee])))
KILL WORKER("w1")

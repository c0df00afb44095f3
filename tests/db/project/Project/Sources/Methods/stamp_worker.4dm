// stamp_worker(step; key {; name}): a worker holding one reference to a Company entity between
// calls ("load", "save", "lock", "unlock"), writing what happened to Storage.log
#DECLARE($step : Text; $key : Integer; $name : Text)
var $r : Object
var $line : Text
Case of
	: ($step="load")
		workerEntity:=ds.Company.get($key)
		$line:=Current process name+" loaded stamp "+String(workerEntity.getStamp())
	: ($step="save")
		workerEntity.name:=$name
		$r:=workerEntity.save()
		$line:=Current process name+" saved: "+String($r.success)+(($r.success) ? "" : " "+String($r.status)+" "+$r.statusText)
	: ($step="lock")
		$r:=workerEntity.lock()
		$line:=Current process name+" locked: "+String($r.success)
	: ($step="unlock")
		$r:=workerEntity.unlock()
		$line:=Current process name+" unlocked: "+String($r.success)
End case
Use (Storage.log)
	Storage.log.push($line)
End use

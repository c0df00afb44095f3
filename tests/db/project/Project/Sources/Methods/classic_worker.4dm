// classic_worker(step): a worker's own current selection and record of [Employee], told to
// Storage.log ("query", "lock", "release")
#DECLARE($step : Text)
var $line : Text
Case of
	: ($step="query")
		QUERY([Employee]; [Employee]gender="female")
		$line:=Current process name+": "+String(Records in selection([Employee]))+" "+[Employee]lastName
	: ($step="lock")
		QUERY([Employee]; [Employee]lastName="Smith")
		$line:=Current process name+": holds "+[Employee]lastName+" "+String(Locked([Employee]))
	: ($step="release")
		UNLOAD RECORD([Employee])
		$line:=Current process name+": released"
	: ($step="show")
		$line:=Current process name+": "+String(Records in selection([Employee]))+" "+[Employee]lastName
End case
Use (Storage.log)
	Storage.log.push($line)
End use

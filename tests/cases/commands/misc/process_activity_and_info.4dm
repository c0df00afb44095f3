// Process activity (C1495) and Process info (C1843, 20 R7): outside 4D Server only the
// "processes" collection is returned; sessionID/options are ignored (4d/docs)
var $activity:=Process activity(Processes only)
ALERT(JSON Stringify(OB Keys($activity)))
var $main : Object:=$activity.processes[0]
ALERT($main.name+" "+String($main.number)+" "+String($main.type=Main Process)+" "+String($main.state=Executing))
ALERT(JSON Stringify(OB Keys(Process info(1)).orderBy()))
var $info:=Process info(Current process)
ALERT(String(Value type($info.cpuTime))+" "+String(Value type($info.cpuUsage))+" "+String($info.preemptive)+" "+String($info.visible))
ALERT(String(Length($info.sessionID))+" "+String($info.sessionID=Process activity.processes[0].sessionID))
ALERT(String(Match regex("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"; $info.creationDateTime; 1)))
ALERT(String(Process info(999)=Null))
CALL WORKER("helper"; Formula(ALERT(String(Process activity.processes.query("name = :1"; Current process name)[0].type=Worker process))))

// 4d/docs System info, Current machine, Current system user
var $info : Object
$info:=System info
ALERT(String($info.cores>0)+" "+String($info.cpuThreads>0)+" "+String($info.physicalMemory>0)+" "+String($info.uptime>=0))
ALERT(String($info.machineName=Current machine)+" "+String($info.accountName=Current system user))
ALERT(String(Length($info.osVersion)>0)+" "+String(Value type($info.networkInterfaces))+" "+String(Value type($info.volumes)))
ALERT(String(Length(Current machine)>0))

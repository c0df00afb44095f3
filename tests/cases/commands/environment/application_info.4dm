// 4d/docs Application info: the properties of a standalone application; headless is False under fourd run
var $info : Object
$info:=Application info
ALERT(String($info.headless)+" "+String($info.launchedAsService)+" "+String($info.pid>0)+" "+String(Value type($info.uptime)=Is real)+" "+String(Value type($info.cpuUsage)=Is real))
ALERT(String(Application type))
ALERT(Data file)

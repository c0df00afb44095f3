// 4d/docs SET DATABASE PARAMETER: Dates inside objects (per process) and Times inside objects change how dates and times are stored in objects
var $o : Object
SET DATABASE PARAMETER(Dates inside objects; String type without time zone)
$o:=New object("d"; !2013-08-23!)
ALERT(JSON Stringify($o)+" "+String(Value type($o.d)))
SET DATABASE PARAMETER(Dates inside objects; Date type)
$o.e:=!2013-08-23!
ALERT(JSON Stringify($o)+" "+String(Value type($o.e)))
SET DATABASE PARAMETER(Times inside objects; Times in milliseconds)
$o.t:=?00:00:02?
ALERT(String($o.t))
SET DATABASE PARAMETER(Times inside objects; Times in seconds)
$o.t:=?00:00:02?
ALERT(String($o.t)+" "+String(Get database parameter(Dates inside objects)))
CALL WORKER("w"; Formula(ALERT("worker: "+String(Get database parameter(Dates inside objects)))))

// PROCESS PROPERTIES (C336): name, state, time, mode, unique ID, origin
var $name : Text
var $state; $time; $flags; $id; $origin : Integer
var $visible : Boolean
PROCESS PROPERTIES(Current process; $name; $state; $time; $flags; $id; $origin)
ALERT($name+" "+String($state=Executing)+" "+String($time>=0)+" "+String($flags)+" "+String($id)+" "+String($origin=Main process))
PROCESS PROPERTIES(Current process; $name; $state; $time; $visible)
ALERT(String($visible))
$name:="unchanged"
PROCESS PROPERTIES(999; $name; $state; $time)
ALERT($name)

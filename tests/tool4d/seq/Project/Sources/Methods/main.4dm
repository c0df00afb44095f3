//%attributes = {}
var $param : Text
var $real : Real
$real:=Get database parameter(User param value; $param)
LOG EVENT(Into system standard outputs; "main param=["+$param+"] type="+String(Application type)+" headless="+String(Application info.headless)+" started="+String(<>started)+"\n")

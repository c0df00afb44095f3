//%attributes = {}
// 4d/docs API/SignalClass.md: New signal, .wait/.trigger across workers and processes, results in the shared signal
var $s : 4D.Signal
$s:=New signal("work")
ALERT($s.description+" "+String($s.signaled)+" "+String(OB Instance of($s; 4D.Signal))+" "+String(OB Is shared($s)))
CALL WORKER("w"; "Compute"; $s; 6)
ALERT(String($s.wait(30)))
ALERT(String($s.result)+" "+String($s.signaled)+" "+String($s.wait()))
// several signals, one per worker task (as a parallel test runner does)
var $signals : Collection
$signals:=[]
var $i : Integer
For ($i; 1; 4)
	$signals.push(New signal)
	CALL WORKER("w"+String($i%2); "Compute"; $signals[$i-1]; $i)
End for
var $sum : Integer
For each ($s; $signals)
	$s.wait(30)
	$sum+=$s.result
End for each
ALERT("sum "+String($sum))
// a classic process
$s:=New signal
$i:=New process("Compute"; 0; "proc"; $s; 10)
ALERT(String($s.wait(30))+" "+String($s.result))
// timeout
ALERT(String(New signal.wait(0.05))+" "+String(New signal.wait(0))+" "+String(New signal.wait(-1)))
var $t : Object
$t:=4D.Signal.new("made with new")
ALERT($t.description)
Try
	Use ($t)
		$t.signaled:=True
	End use
Catch
	ALERT("read-only "+String(Last errors[0].errCode))
End try
Try
	$t.foo:=1
Catch
	ALERT("outside Use "+String(Last errors[0].errCode))
End try
Use ($t)
	$t.description:="changed"
End use
ALERT($t.description)
$t.trigger()
$t.trigger()
ALERT(String($t.signaled))

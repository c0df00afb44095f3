// 4D.SystemWorker (API/SystemWorkerClass.md): wait(timeout), terminate(), timeout option, launch errors
var $w : 4D.SystemWorker
var $o : Object
$o:=New object("log"; New collection)
$o.onResponse:=Formula(This.log.push($2.type))
$o.onError:=Formula(This.log.push($2.type))
$o.onTerminate:=Formula(This.log.push($2.type))
// wait(timeout) returns without killing the process
$w:=4D.SystemWorker.new("sleep 30"; $o)
$w.wait(0.2)
ALERT("after wait(0.2): terminated="+String($w.terminated)+" "+JSON Stringify($o.log))
$w.terminate()
$w.wait()
ALERT("after terminate(): terminated="+String($w.terminated)+" exitCode undefined="+String(Undefined($w.exitCode))+" "+JSON Stringify($o.log))
// timeout option: the process is killed, an error is recorded
$o.log:=New collection
$o.timeout:=0.2
$w:=4D.SystemWorker.new("sleep 30"; $o)
$w.wait()
ALERT("timeout: "+JSON Stringify($o.log)+" errors="+String($w.errors.length)+" timeout="+String($w.timeout))
OB REMOVE($o; "timeout")
// a command that does not exist
$o.log:=New collection
$w:=4D.SystemWorker.new("/no/such/program"; $o)
ALERT("not found: null="+String($w=Null)+" terminated="+String($w.terminated)+" pid="+String($w.pid)+" errors="+String($w.errors.length)+" has message="+String($w.errors[0].message#""))
$w.wait()
ALERT("not found: "+JSON Stringify($o.log))
// terminate() from a callback ends wait()
$o:=New object("log"; New collection)
$o.onData:=Formula($1.terminate())
$o.onTerminate:=Formula(This.log.push("termination:"+$1.response))
$w:=4D.SystemWorker.new("sh -c 'echo first; exec sleep 30'"; $o)
$w.wait()
ALERT("terminate from onData: "+Replace string(JSON Stringify($o.log); "\\n"; "|"))

// 4D.SystemWorker (API/SystemWorkerClass.md): new(), response, exitCode, callback sequence
var $w : 4D.SystemWorker
$w:=4D.SystemWorker.new("printf 'hello\\nworld'")
ALERT(String(OB Instance of($w; 4D.SystemWorker))+" pid>0="+String($w.pid>0)+" terminated="+String($w.terminated))
ALERT("commandLine="+$w.commandLine+" dataType="+$w.dataType+" encoding="+$w.encoding)
ALERT("wait returns the worker: "+String($w.wait()=$w))
ALERT("response="+Replace string($w.response; "\n"; "|")+" exitCode="+String($w.exitCode)+" terminated="+String($w.terminated))
ALERT("errors undefined: "+String(Undefined($w.errors)))
// callbacks: This is the options object, $1 the worker, $2 the event
var $o : Object
$o:=New object("out"; ""; "err"; ""; "log"; New collection)
$o.onData:=Formula(This.out:=This.out+$2.data)
$o.onDataError:=Formula(This.err:=This.err+$2.data)
$o.onResponse:=Formula(This.log.push($2.type+":"+$1.response))
$o.onError:=Formula(This.log.push($2.type))
$o.onTerminate:=Formula(This.log.push($2.type+":"+String($1.exitCode)+":"+String($1.terminated)))
$w:=4D.SystemWorker.new("sh -c 'printf out; printf err 1>&2; exit 3'"; $o)
$w.wait()
ALERT(JSON Stringify($o.log))
ALERT("onData="+$o.out+" onDataError="+$o.err+" responseError="+$w.responseError)
// variables and currentDirectory
$w:=4D.SystemWorker.new("sh -c 'printf \"%s %s\" \"$SW_NAME\" \"$SW_NUM\"'"; New object("variables"; New object("SW_NAME"; "fourd"; "SW_NUM"; 42)))
ALERT("variables: "+$w.wait().response)
$w:=4D.SystemWorker.new("pwd"; New object("currentDirectory"; Folder("/"; fk platform path)))
ALERT("currentDirectory: "+Replace string($w.wait().response; "\n"; "")+" "+$w.currentDirectory.platformPath)
// dataType blob
$w:=4D.SystemWorker.new("printf 'A\\000B'"; New object("dataType"; "blob"))
$w.wait()
ALERT("blob: "+String(OB Instance of($w.response; 4D.Blob))+" size="+String($w.response.size)+" encoding undefined="+String(Undefined($w.encoding)))

// 4D.SystemWorker (API/SystemWorkerClass.md): postMessage(), closeInput() with /bin/cat
var $w : 4D.SystemWorker
var $o : Object
$o:=New object("chunks"; ""; "log"; New collection)
$o.onData:=Formula(This.chunks:=This.chunks+$2.data)
$o.onResponse:=Formula(This.log.push("response"))
$o.onTerminate:=Formula(This.log.push("termination"))
$w:=4D.SystemWorker.new("/bin/cat"; $o)
$w.postMessage("Hello, ")
$w.postMessage("World")
$w.closeInput()
$w.postMessage(" (after closeInput: dropped)")
$w.wait()
ALERT($w.response+" / onData: "+$o.chunks+" / "+JSON Stringify($o.log)+" / exitCode="+String($w.exitCode))
// a Blob message and a blob response
var $in : Blob
TEXT TO BLOB("été"; $in; UTF8 text without length)
$w:=4D.SystemWorker.new("/bin/cat"; New object("dataType"; "blob"))
$w.postMessage($in)
$w.closeInput()
$w.wait()
ALERT("blob: size="+String($w.response.size)+" text="+Convert to text($w.response; "UTF-8"))
// a large text goes through
var $big : Text
$big:="0123456789"*50000
$w:=4D.SystemWorker.new("/bin/cat")
$w.postMessage($big)
$w.closeInput()
ALERT("large: "+String(Length($w.wait().response))+" "+String($w.response=$big))

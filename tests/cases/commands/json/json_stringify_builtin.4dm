// JSON Stringify of built-in objects never fails: pictures are "[object Picture]" (the
// command's page), blobs "[object Blob]", formulas "[object Formula]" (language.md §12.1);
// files, folders, file handles and TCP objects show their readable properties
var $p : Picture
ALERT(JSON Stringify($p))
ALERT(JSON Stringify({p: $p; c: [$p]}))
var $blob : Blob
var $b : 4D.Blob:=4D.Blob.new()
ALERT(JSON Stringify({blob: $blob; b: $b}))
ALERT(JSON Stringify(New collection(Formula(1); Formula(String(1)))))
var $f : 4D.File:=File("/PACKAGE/fourd_json_builtin.txt")
var $o:=JSON Parse(JSON Stringify({file: $f}))
ALERT($o.file.fullName+" "+$o.file.path+" "+String($o.file.isFile)+" "+String($o.file.exists))
$o:=JSON Parse(JSON Stringify(Folder("/PACKAGE")))
ALERT($o.path+" "+String($o.isFolder))
var $l : 4D.TCPListener:=4D.TCPListener.new(0; {})
$o:=JSON Parse(JSON Stringify($l))
ALERT(String($o.port=$l.port)+" "+JSON Stringify($o.errors))
$l.terminate()
ALERT(JSON Stringify(Storage))
ALERT(JSON Stringify(New shared collection(1; New shared object("a"; 2))))

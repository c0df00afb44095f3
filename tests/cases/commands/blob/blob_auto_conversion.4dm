// 4D converts scalar blobs to blob objects and back when assigned (4d/docs dt_blob.md)
var $b : Blob
CONVERT FROM TEXT("héllo"; "utf-8"; $b)
var $o : 4D.Blob
$o:=$b
ALERT(String(OB Instance of($o; 4D.Blob))+" "+String($o.size))
var $obj : Object
$obj:=$b
ALERT(String(OB Instance of($obj; 4D.Blob)))
var $back : Blob
$back:=$o
ALERT(String(Value type($back)=Is BLOB)+" "+String(BLOB size($back)))
var $holder:=New object("blob"; $b)
ALERT(String(OB Instance of($holder.blob; 4D.Blob)))

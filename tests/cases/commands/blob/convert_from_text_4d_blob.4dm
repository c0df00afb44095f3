// 4d/docs CONVERT FROM TEXT: the result variable may be a 4D.Blob, as published code does
var $b : 4D.Blob
CONVERT FROM TEXT("héllo"; "UTF-8"; $b)
ALERT(String(OB Instance of($b; 4D.Blob))+" "+String($b.size))
var $classic : Blob
CONVERT FROM TEXT("héllo"; "UTF-8"; $classic)
ALERT(String(BLOB size($classic))+" "+String(Value type($classic)=Is BLOB))
CONVERT FROM TEXT("abc"; "UTF-16LE"; $b)
ALERT(String($b.size)+" "+Convert to text($b; "UTF-16LE"))

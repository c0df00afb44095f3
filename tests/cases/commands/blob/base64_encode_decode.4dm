// language.md §12.6 (4D doc BASE64 ENCODE/DECODE): text is encoded as UTF-8; * = Base64URL; without a second parameter the value is replaced in place
var $t; $enc; $dec : Text
var $b; $b2 : Blob
$t:="Hello, World!"
BASE64 ENCODE($t; $enc)
ALERT($enc)
BASE64 DECODE($enc; $dec)
ALERT($dec)
$t:="Café"
BASE64 ENCODE($t; $enc)
ALERT($enc)
BASE64 DECODE($enc; $dec)
ALERT($dec)
$t:="abc"
BASE64 ENCODE($t)
ALERT($t)
BASE64 DECODE($t)
ALERT($t)
$t:="???"
BASE64 ENCODE($t; $enc)
ALERT($enc)
BASE64 ENCODE($t; $enc; *)
ALERT($enc)
BASE64 DECODE($enc; $dec; *)
ALERT($dec)
$t:=""
BASE64 ENCODE($t; $enc)
ALERT("["+$enc+"]")
TEXT TO BLOB("abc"; $b; UTF8 text without length)
BASE64 ENCODE($b; $enc)
ALERT($enc)
$enc:="YWJj"
BASE64 DECODE($enc; $b2)
ALERT(String(BLOB size($b2))+" "+BLOB to text($b2; UTF8 text without length))

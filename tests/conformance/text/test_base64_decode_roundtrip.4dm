// Doc: https://developer.4d.com/docs/commands/base64-encode#see-also
// BASE64 DECODE reverses BASE64 ENCODE
var $t : Text:="Hello, World"
var $enc; $dec : Text
BASE64 ENCODE($t; $enc)
BASE64 DECODE($enc; $dec)
ASSERT($dec="Hello, World"; "gave "+$dec)

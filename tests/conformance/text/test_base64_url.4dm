// Doc: https://developer.4d.com/docs/commands/base64-encode#description
// With *, BASE64 ENCODE uses Base64URL: "-" and "_" instead of "+" and "/"
var $t : Text:="~~~???"
var $std; $url : Text
BASE64 ENCODE($t; $std)
BASE64 ENCODE($t; $url; *)
ASSERT($std="fn5+Pz8/"; "standard gave "+$std)
ASSERT($url="fn5-Pz8_"; "URL gave "+$url)

// Doc: https://developer.4d.com/docs/commands/base64-encode#description
// BASE64 ENCODE encodes the UTF-8 form of a text; without encoded it modifies toEncode
var $t : Text:="héllo"
var $enc : Text
BASE64 ENCODE($t; $enc)
ASSERT($enc="aMOpbGxv"; "gave "+$enc)
ASSERT($t="héllo"; "toEncode modified")
BASE64 ENCODE($t)
ASSERT($t="aMOpbGxv"; "in place gave "+$t)

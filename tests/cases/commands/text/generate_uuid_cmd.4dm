// language.md §12.3 [Decision]: Generate UUID returns 32 upper-case hexadecimal characters, different on each call
var $u; $v : Text
$u:=Generate UUID
$v:=Generate UUID
ALERT(String(Length($u)))
ALERT(String(Match regex("[0-9A-F]{32}"; $u)))
ALERT(String(Match regex("[0-9A-F]{32}"; $v)))
ALERT(String($u#$v))
ALERT(String(Position("-"; $u)))

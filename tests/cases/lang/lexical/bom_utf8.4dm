// language.md §1.1: UTF-8 source with a byte order mark
var $t : Text
$t:="Café"
ALERT($t)
ALERT(String(Length($t)))
ALERT("naïve ✓")

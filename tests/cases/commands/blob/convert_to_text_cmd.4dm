// language.md §12.6: Convert to text(blob; charSet) decodes; a BOM is detected, removed and overrides charSet; accepts 4D.Blob; OK=1
var $b : Blob
var $t : Text
SET BLOB SIZE($b; 4)
$b{0}:=67
$b{1}:=97
$b{2}:=102
$b{3}:=233
ALERT(Convert to text($b; "ISO-8859-1"))
ALERT(String(OK))
CONVERT FROM TEXT("Café"; "UTF-8"; $b)
ALERT(Convert to text($b; "UTF-8"))
ALERT(Convert to text(4D.Blob.new($b); "utf-8"))
SET BLOB SIZE($b; 5)
$b{0}:=0xEF
$b{1}:=0xBB
$b{2}:=0xBF
$b{3}:=65
$b{4}:=66
$t:=Convert to text($b; "UTF-8")
ALERT($t+" "+String(Length($t)))
SET BLOB SIZE($b; 6)
$b{0}:=0xFF
$b{1}:=0xFE
$b{2}:=72
$b{3}:=0
$b{4}:=105
$b{5}:=0
$t:=Convert to text($b; "UTF-8")
ALERT($t+" "+String(Length($t)))

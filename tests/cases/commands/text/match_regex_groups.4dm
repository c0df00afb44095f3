// language.md §12.3: Match regex with arrays receives the whole match in element 0 and capture groups in 1…n
ARRAY LONGINT($posArr; 0)
ARRAY LONGINT($lenArr; 0)
var $t : Text
var $found : Boolean
$t:="mail: joe@example now"
$found:=Match regex("(\\w+)@(\\w+)"; $t; 1; $posArr; $lenArr)
ALERT(String($found))
ALERT(String($posArr{0})+" "+String($lenArr{0}))
ALERT(Substring($t; $posArr{1}; $lenArr{1}))
ALERT(Substring($t; $posArr{2}; $lenArr{2}))

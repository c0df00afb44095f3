// language.md §12.3: Match regex — 2 arguments: whole-text match; with start: search; pos/len outputs; * anchors at start
var $pos; $len : Integer
var $found : Boolean
ALERT(String(Match regex("a.c"; "abc")))
ALERT(String(Match regex("a.c"; "xabcx")))
ALERT(String(Match regex("a.c"; "xabcx"; 1)))
$found:=Match regex("[0-9]+"; "abc 1234 def"; 1; $pos; $len)
ALERT(String($found)+" "+String($pos)+" "+String($len))
ALERT(String(Match regex("a.b"; "---a-b---"; 1; $pos; $len)))
ALERT(String(Match regex("a.b"; "---a-b---"; 1; $pos; $len; *)))
ALERT(String(Match regex("a.b"; "---a-b---"; 4; $pos; $len; *)))
ALERT(String(Match regex("ABC"; "abc")))
ALERT(String(Match regex("(?i)ABC"; "abc")))

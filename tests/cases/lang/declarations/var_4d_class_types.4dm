// language.md §3.1: 4D.<ClassName> types (4D.Function, 4D.Blob) start null
var $f : 4D.Function
var $b : 4D.Blob
ALERT(String($f=Null))
ALERT(String($b=Null))
$f:=Formula(6*7)
ALERT(String($f.call()))

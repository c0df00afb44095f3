// language.md §2: a declared Collection is null until assigned
var $c : Collection
ALERT(String($c=Null))
$c:=New collection
ALERT(String($c=Null))
ALERT(String($c.length))

// language.md §11.3: idiom Try(...) || "default"
var $t : Text
$t:=Try(JSON Parse("oops")) || "default"
ALERT($t)
$t:=Try(JSON Parse("\"fine\"")) || "default"
ALERT($t)

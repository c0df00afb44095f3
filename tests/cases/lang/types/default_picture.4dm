// language.md §2: a declared Picture is empty; its type is Is picture (3)
var $p : Picture
ALERT(String(Type($p)))
ALERT(String(Value type($p)))

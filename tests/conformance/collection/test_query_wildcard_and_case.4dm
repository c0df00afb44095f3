// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "=" supports @ and is neither case-sensitive nor diacritic; "===" takes @ as a standard character
var $c : Collection:=New collection(New object("n"; "Smith"); New object("n"; "smíth"); New object("n"; "Sm@"))
ASSERT($c.query("n = 'smith'").length=2; "= gave "+String($c.query("n = 'smith'").length))
ASSERT($c.query("n = :1"; "Sm@").length=3; "@ gave "+String($c.query("n = :1"; "Sm@").length))
ASSERT($c.query("n === :1"; "Sm@").length=1; "=== gave "+String($c.query("n === :1"; "Sm@").length))

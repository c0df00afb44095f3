  // language.md §3.2 (4D docs ARRAY BLOB): blob elements start empty
ARRAY BLOB($b;2)
ALERT(String(BLOB size($b{1})))
SET BLOB SIZE($b{2};5)
ALERT(String(BLOB size($b{2})))
ALERT(String(BLOB size($b{1})))

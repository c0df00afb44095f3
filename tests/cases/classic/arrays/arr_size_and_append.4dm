  // language.md §3.2 (4D docs APPEND TO ARRAY): ARRAY TEXT($a;0) then APPEND TO ARRAY grows the array
ARRAY TEXT($a;0)
ALERT(String(Size of array($a)))
APPEND TO ARRAY($a;"first")
APPEND TO ARRAY($a;"second")
APPEND TO ARRAY($a;"third")
ALERT(String(Size of array($a)))
ALERT($a{3})

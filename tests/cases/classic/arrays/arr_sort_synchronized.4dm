  // 4D docs SORT ARRAY: with several arrays, all follow the sort order of the first one
ARRAY TEXT($names;3)
ARRAY LONGINT($ages;3)
ARRAY BOOLEAN($flags;3)
$names{1}:="Carol"
$ages{1}:=35
$names{2}:="Alice"
$ages{2}:=30
$flags{2}:=True
$names{3}:="Bob"
$ages{3}:=25
SORT ARRAY($names;$ages;$flags;>)
ALERT($names{1}+" "+String($ages{1})+" "+String($flags{1}))
ALERT($names{2}+" "+String($ages{2}))
ALERT($names{3}+" "+String($ages{3}))
SORT ARRAY($ages;$names;<)
ALERT($names{1}+" "+$names{2}+" "+$names{3})

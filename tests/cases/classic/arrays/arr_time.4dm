  // language.md §3.2 (4D docs ARRAY TIME): time elements start at ?00:00:00?
ARRAY TIME($t;2)
ALERT(String($t{1}))
$t{2}:=?01:02:03?
ALERT(String($t{2}))
ALERT(String($t{2}+0))

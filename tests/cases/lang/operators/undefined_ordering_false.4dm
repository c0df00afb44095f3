// language.md §4.8: undefined < > <= >= text/number/date/time give False (no error)
$o:={}
ALERT(String($o.u<"abc"))
ALERT(String($o.u>3))
ALERT(String($o.u<3))
ALERT(String($o.u>=!2020-01-01!))
ALERT(String($o.u<=?01:00:00?))
ALERT("no error")

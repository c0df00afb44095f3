// language.md §4.8: undefined compared with < to a Boolean is an error
$o:={}
ALERT("before")
$r:=$o.u<True
ALERT("never")

// language.md §4.4 [Decision]: comparing values of different types (other than Null/undefined) is an error
ALERT("before")
$n:=1
$r:=$n="1"
ALERT("never")

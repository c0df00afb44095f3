// language.md §2: "a"+!2020-01-01! is an error
ALERT("before")
$d:=!2020-01-01!
$x:="a"+$d
ALERT("never")

// language.md §2/§4.3: a number plus a Boolean is an incompatible-types error
ALERT("before")
$b:=True
$x:=1+$b
ALERT("never")

// language.md §4.3: & does not short-circuit, so reading a property of Null on the right is an error
$o:=Null
ALERT("before")
$r:=($o#Null) & ($o.x=1)
ALERT("never")

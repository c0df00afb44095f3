ALERT("before")
ALERT(Typed("3"; "x"))
ALERT("after")

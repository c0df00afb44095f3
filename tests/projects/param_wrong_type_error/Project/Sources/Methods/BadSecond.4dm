ALERT("before")
ALERT(Typed(1; 2))
ALERT("after")

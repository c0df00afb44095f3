ALERT("before")
ObjParam("text")
ALERT("after")

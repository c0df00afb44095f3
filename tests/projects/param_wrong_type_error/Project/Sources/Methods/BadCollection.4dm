ALERT("before")
CollParam({})
ALERT("after")

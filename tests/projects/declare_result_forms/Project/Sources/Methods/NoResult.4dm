ALERT("side effect")

ALERT("other only")

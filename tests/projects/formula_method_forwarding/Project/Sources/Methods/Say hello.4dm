ALERT("hello from "+Current method name)

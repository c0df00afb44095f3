ALERT(Current method name)

// a function-like command (String) named by the file still reaches the command
#DECLARE($x : Integer)
ALERT(String(42))
ALERT(Current method name)

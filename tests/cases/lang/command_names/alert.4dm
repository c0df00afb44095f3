// a file named like a command: ALERT is the command, not this method
ALERT("hi")
Alert("again")

// issue 15 item 2: a file named like a command: ALERT is the command, not this method
ALERT("hi")
Alert("again")

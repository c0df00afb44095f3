#DECLARE($t : Text)
ALERT("log: "+$t)

#DECLARE($t : Text)
ALERT("said "+$t)

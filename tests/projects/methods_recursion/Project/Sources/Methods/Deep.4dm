#DECLARE($n : Integer)
ALERT(String(Depth($n)))

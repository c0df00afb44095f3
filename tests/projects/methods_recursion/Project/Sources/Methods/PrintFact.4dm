#DECLARE($n : Integer)
ALERT(String(Fact($n)))

#DECLARE($a : Integer; $b : Integer)
ALERT("sum="+String($a+$b))

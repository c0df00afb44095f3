#DECLARE($n : Integer; $x : Real; $t : Text)
ALERT(String($n+1))
ALERT(String($x*2))
ALERT($t+"!")

#DECLARE($a; $b : Real; $c : Text)
ALERT(String(Value type($a))+","+String(Value type($b))+","+String(Value type($c)))

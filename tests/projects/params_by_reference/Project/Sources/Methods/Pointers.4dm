var $k : Integer:=5
Incr(->$k)
Incr(->$k)
ALERT(String($k))

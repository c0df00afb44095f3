var $r : Variant:=Try(cs.Nope.new())
ALERT(String(Undefined($r)))
ALERT(String(Last errors#Null))
ALERT("still running")

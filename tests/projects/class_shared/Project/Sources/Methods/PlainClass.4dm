var $o : cs.Plain:=cs.Plain.new()
$o.n:=3
ALERT(String(cs.Plain.isShared)+" "+String($o.n))

var $s : cs.Stats:=cs.Stats.new()
ALERT("before")
ALERT($s.label(5))
ALERT("after")

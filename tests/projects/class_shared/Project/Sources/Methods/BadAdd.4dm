var $b : cs.SharedBox:=cs.SharedBox.new(1)
ALERT("before")
$b.extra:="x"
ALERT("after")

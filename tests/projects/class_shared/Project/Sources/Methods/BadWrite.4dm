var $b : cs.SharedBox:=cs.SharedBox.new(1)
ALERT("before")
$b.n:=5
ALERT("after")

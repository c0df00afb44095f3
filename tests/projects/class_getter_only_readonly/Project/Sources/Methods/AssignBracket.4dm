var $c : cs.Circle:=cs.Circle.new(2)
ALERT("before")
$c["diameter"]:=10
ALERT("after")

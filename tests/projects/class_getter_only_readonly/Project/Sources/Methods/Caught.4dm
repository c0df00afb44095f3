var $c : cs.Circle:=cs.Circle.new(2)
Try
	$c.diameter:=10
	ALERT("not reached")
Catch
	ALERT("caught")
End try
ALERT(String($c.diameter))

var $a : cs.Account:=cs.Account.new(10)
Try
	$a.withdraw(50)
Catch
	ALERT("caught: "+Last errors[0].message)
End try
ALERT(String($a.balance))

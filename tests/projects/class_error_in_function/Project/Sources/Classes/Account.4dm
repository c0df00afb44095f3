Class constructor($initial : Real)
	This.balance:=$initial

Function withdraw($amount : Real)
	If ($amount>This.balance)
		throw(42; "insufficient funds in "+Current method name)
	End if
	This.balance:=This.balance-$amount

Function fact($n : Integer) -> $r : Real
	If ($n<=1)
		$r:=1
	Else
		$r:=$n*This.fact($n-1)
	End if

#DECLARE($n : Integer; $from : Text; $to : Text; $via : Text; $moves : Collection)
If ($n>0)
	Hanoi($n-1; $from; $via; $to; $moves)
	$moves.push($from+">"+$to)
	Hanoi($n-1; $via; $to; $from; $moves)
End if

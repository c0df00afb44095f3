// language.md §12.2: a method callback may set $1.stop to end the iteration; reduce returns the accumulator so far
If (Count parameters>=1)
	$1.accumulator:=$1.accumulator+$1.value
	If ($1.value=3)
		$1.stop:=True
	End if
	return
End if
var $c : Collection
$c:=New collection(1; 2; 3; 4; 5)
ALERT(String($c.reduce("coll_reduce_stop"; 0)))

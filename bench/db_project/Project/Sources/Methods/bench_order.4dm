// bench/db.py: orderBy on all the entities (bench_all), $repeats times
#DECLARE($repeats : Integer) -> $length : Integer
var $i : Integer
For ($i; 1; $repeats)
	$length:=benchSelection.orderBy("salary").length
End for

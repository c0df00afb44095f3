// bench/db.py: sum() over all the entities (bench_all), $repeats times
#DECLARE($repeats : Integer) -> $sum : Real
var $i : Integer
For ($i; 1; $repeats)
	$sum:=benchSelection.sum("salary")
End for

// bench/db.py: $queries queries on the indexed attribute name, one entity found by each
#DECLARE($count : Integer; $queries : Integer) -> $found : Integer
var $i : Integer
For ($i; 1; $queries)
	$found:=$found+ds.Person.query("name = :1"; "name "+String(($i*37)%$count+1)).length
End for

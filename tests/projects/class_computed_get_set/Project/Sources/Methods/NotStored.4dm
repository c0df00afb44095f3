var $p : cs.Person:=cs.Person.new("A"; "B")
var $k : Text
var $seen : Text
For each ($k; $p)
	$seen:=$seen+$k+";"
End for each
ALERT($seen)
$p.first:="Z"
ALERT($p.fullName)

// bench/db.py: create $count Person entities in one transaction
#DECLARE($count : Integer)
var $i : Integer
var $e : cs.PersonEntity
var $cities : Collection
$cities:=["Paris"; "Lyon"; "Nice"; "Lille"; "Brest"]
ds.startTransaction()
For ($i; 1; $count)
	$e:=ds.Person.new()
	$e.name:="name "+String($i)
	$e.city:=$cities[$i%5]
	$e.salary:=($i*7919)%100000
	$e.save()
End for
ds.validateTransaction()

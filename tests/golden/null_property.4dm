$o:=Null
$v:=$o.name

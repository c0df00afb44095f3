#DECLARE($p : cs.Person; $name : Text)
$p.name:=$name

#DECLARE($o : Object; $c : Collection; $n : Integer; $t : Text)
$o.touched:=True
$c.push(99)
$n:=$n+1
$t:=$t+"!"

#DECLARE() -> $c : Collection
$c:=Copy parameters
$c.push(Count parameters)
$c.push(Copy parameters(2))

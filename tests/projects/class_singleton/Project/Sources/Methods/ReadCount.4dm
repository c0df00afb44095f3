#DECLARE() -> $n : Integer
$n:=cs.Counter.me.count

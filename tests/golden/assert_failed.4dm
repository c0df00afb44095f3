$n:=3
ASSERT($n>5)

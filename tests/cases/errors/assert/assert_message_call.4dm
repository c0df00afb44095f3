// the ASSERT message shows the whole expression, closing brackets included
var $c:=[1; 2]
ASSERT($c[0]=Num(String(2)))

// language.md §4.2 [Decision]: comparisons bind looser than arithmetic/string operators
$x:=4
ALERT(String(1+2=3))
ALERT(String(2*3>5))
ALERT(String($x+1<=$x))
ALERT(String("a"+"b"="ab"))
ALERT(String($x*2#8))
ALERT(String(1<2=True))

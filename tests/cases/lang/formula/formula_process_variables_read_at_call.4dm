// language.md §8.1: process variables are read at call time
vLevel:=1
$f:=Formula(vLevel*100)
vLevel:=2
ALERT(String($f.call()))
vLevel:=3
ALERT(String($f.call()))

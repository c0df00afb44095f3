// language.md §4.1: compound assignment on properties and elements
$o:={n: 1; k: "a"}
$o.n+=1
$o["k"]+="b"
$c:=[2; 3]
$c[0]*=3
$c[1]-=1
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($c))
ARRAY LONGINT($arr; 2)
$arr{1}:=4
$arr{1}+=6
ALERT(String($arr{1}))

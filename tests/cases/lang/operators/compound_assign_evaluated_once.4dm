// language.md §4.1: the target expression of a compound assignment is evaluated once
$idx:=[0; 1]
$c:=[100; 200]
$c[$idx.shift()]+=1
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($idx))

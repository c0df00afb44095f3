// language.md §1.7: collection literals [1; "a"; {x: 1}; [2;3]] and []
$c:=[1; "a"; {x: 1}; [2;3]]
ALERT(JSON Stringify($c))
ALERT(String($c.length))
ALERT(String($c[3][1]))
$e:=[]
ALERT(JSON Stringify($e))
ALERT(String($e.length))
ALERT(String(Value type($c)))

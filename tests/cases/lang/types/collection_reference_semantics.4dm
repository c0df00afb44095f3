// language.md §2: collections have reference semantics
$a:=[1; 2]
$b:=$a
$b.push(3)
$b[0]:=10
ALERT(JSON Stringify($a))
$o:={list: $a}
$o.list.push(4)
ALERT(String($a.length))

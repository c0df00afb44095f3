// language.md §4.7: writing col[i] beyond the end extends the collection with nulls
$c:=[1]
$c[3]:=4
ALERT(JSON Stringify($c))
ALERT(String($c.length))
$c[4]:="x"
ALERT(JSON Stringify($c))
ALERT(String(Value type($c[1])))

// language.md §4.7: reading col[i] beyond the end is an error
$c:=[1; 2]
ALERT(String($c[1]))
$x:=$c[2]
ALERT("never")

// language.md §4.3: Text + Text concatenates
$a:="Hello"
ALERT($a+", "+"World")
ALERT("["+""+"]")
$b:=$a+""
ALERT(String(Length($b)))

  // language.md §4.7: character access on a text array element $a{i}[[j]]
ARRAY TEXT($a;2)
$a{1}:="hello"
$a{2}:="world"
ALERT($a{1}[[1]]+$a{2}[[5]])
ALERT(String(Length($a{2})))

  // language.md §4.7: the array name alone in an expression evaluates to the selected element number (0 after ARRAY)
ARRAY TEXT($a;3)
$a{0}:="element zero"
$a{1}:="a"
ALERT(String($a))
ALERT(String($a+1))
ALERT($a{$a})

  // 4D docs Find in array + language.md §4.4: the @ wildcard works in Find in array on text arrays
ARRAY TEXT($a;4)
$a{1}:="Smith"
$a{2}:="Jones"
$a{3}:="Johnson"
$a{4}:="Brown"
ALERT(String(Find in array($a;"Jo@")))
ALERT(String(Find in array($a;"@son")))
ALERT(String(Find in array($a;"@o@")))
ALERT(String(Find in array($a;"X@")))

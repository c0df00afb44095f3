  // language.md §3.2/§4.7: ARRAY TEXT(name;size): 1-based elements arr{i}, initialised to ""
ARRAY TEXT($a;3)
ALERT(String(Size of array($a)))
ALERT("["+$a{1}+$a{2}+$a{3}+"]")
$a{1}:="x"
$a{3}:="z"
ALERT($a{1}+"-"+$a{2}+"-"+$a{3})

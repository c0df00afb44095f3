  // language.md §3.2 (4D docs ARRAY PICTURE / ARRAY INTEGER): arrays of every type can be declared
ARRAY PICTURE($pics;2)
ARRAY INTEGER($ints;3)
ALERT(String(Size of array($pics)))
$ints{2}:=12
ALERT(String($ints{1}+$ints{2}+$ints{3}))

  // 4D docs MULTI SORT ARRAY: multi-level sort of synchronized arrays
ARRAY TEXT($city;4)
ARRAY TEXT($name;4)
$city{1}:="Paris"
$name{1}:="Zoe"
$city{2}:="Lyon"
$name{2}:="Max"
$city{3}:="Paris"
$name{3}:="Adam"
$city{4}:="Lyon"
$name{4}:="Bea"
MULTI SORT ARRAY($city;>;$name;>)
ALERT($city{1}+" "+$name{1}+", "+$city{2}+" "+$name{2}+", "+$city{3}+" "+$name{3}+", "+$city{4}+" "+$name{4})

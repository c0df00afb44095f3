// language.md §8.3/§12.2: a comparator formula receives $1.value and $1.value2
$c:=[3; 1; 2]
$c.sort(Formula($1.value>$1.value2))
ALERT(JSON Stringify($c))

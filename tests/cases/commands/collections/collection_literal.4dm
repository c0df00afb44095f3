// language.md §1.7 / §12.2: collection literal [a; b; …] with nested objects and collections
var $c : Collection
$c:=[1; "a"; {x: 1}; [2; 3]; Null]
ALERT(JSON Stringify($c))
ALERT(String($c.length))
ALERT(String($c[3][1]))
ALERT(JSON Stringify([]))

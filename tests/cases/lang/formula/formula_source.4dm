// language.md §8.3: .source is the formula's source text
$f:=Formula from string("$1+$2")
ALERT($f.source)
ALERT(String(Value type($f.source)))
ALERT(String($f.call(Null; 1; 2)))

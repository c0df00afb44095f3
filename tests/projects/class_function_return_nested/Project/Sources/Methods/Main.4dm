// language.md §9, §7.3: returns from nested blocks come back; no return gives the empty value of the declared type
var $f : cs.Finder
$f:=cs.Finder.new()
ALERT(String($f.has("b"))+" "+String($f.has("z")))
ALERT(String($f.position("c"))+" "+String($f.position("z")))
ALERT("["+$f.firstLong(1)+"] ["+$f.firstLong(5)+"]")
ALERT(JSON Stringify($f.kind("x"))+" "+String($f.kind(1)=Null)+" "+String(Undefined($f.kind(1))))

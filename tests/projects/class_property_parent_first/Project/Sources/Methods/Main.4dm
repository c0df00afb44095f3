// language.md §9: property defaults of the whole chain exist before any constructor runs, parent first
var $c : cs.Child:=cs.Child.new()
ALERT(JSON Stringify($c))

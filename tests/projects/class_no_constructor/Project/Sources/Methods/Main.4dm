// language.md §9: without a constructor new() creates an empty instance and ignores parameters
var $t : cs.Tool:=cs.Tool.new()
ALERT(JSON Stringify($t))
ALERT(JSON Stringify(cs.Tool.new(1; "x"; {a: 1})))
ALERT($t.hello())
ALERT(String(OB Keys($t).length))
ALERT(String(OB Is empty($t)))
ALERT(OB Class($t).name)
$t.added:=1
ALERT(JSON Stringify($t))

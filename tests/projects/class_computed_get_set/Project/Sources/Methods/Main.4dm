// language.md §9: Function get / Function set computed properties
var $p : cs.Person:=cs.Person.new("Ada"; "Lovelace")
ALERT($p.fullName)
ALERT($p.initials)
ALERT($p.greet())
$p.fullName:="Grace Hopper"
ALERT($p.first)
ALERT($p.last)
ALERT($p.initials)
ALERT($p["fullName"])
ALERT(JSON Stringify($p))
ALERT(OB Keys($p).join(","))
ALERT(String(Value type($p.fullName)))

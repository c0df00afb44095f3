// language.md §9: property name : Type := value — created on new(), before the constructor runs
var $s : cs.Settings:=cs.Settings.new()
ALERT(JSON Stringify($s))
ALERT(String(OB Keys($s).includes("notSet")))
ALERT(String(Undefined($s.notSet)))
ALERT(String(Undefined($s.another)))
$s.notSet:="now"
ALERT(JSON Stringify(OB Keys($s)))

// language.md §4.5: $emp.phone || "n/a" idiom
$emp:={name: "Ann"; phone: ""}
ALERT($emp.phone || "n/a")
ALERT($emp.mail || "no mail")
$emp.phone:="555"
ALERT($emp.phone || "n/a")
$opts:={}
ALERT(String($opts.count || 10))
$opts.count:=0
ALERT(String($opts.count || 10))

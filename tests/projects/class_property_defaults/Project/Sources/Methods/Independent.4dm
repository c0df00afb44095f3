var $a : cs.Settings:=cs.Settings.new()
var $b : cs.Settings:=cs.Settings.new("custom")
$b.tags.push("x")
$b.meta.k:=1
$b.count:=$b.count+1
ALERT(JSON Stringify($a.tags)+" "+JSON Stringify($a.meta)+" "+String($a.count))
ALERT(JSON Stringify($b.tags)+" "+JSON Stringify($b.meta)+" "+String($b.count))
ALERT($a.label+"/"+$b.label)

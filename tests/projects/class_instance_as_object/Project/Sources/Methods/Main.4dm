// language.md §9/§4.7: instances are ordinary objects: OB Keys, For each, ["prop"], dynamic properties
var $p : cs.Point:=cs.Point.new(1; 2)
$p.z:=3
$p["label"]:="P"
ALERT(OB Keys($p).join(","))
var $k : Text
var $t : Text
For each ($k; $p)
	$t:=$t+$k+"="+String($p[$k])+";"
End for each
ALERT($t)
ALERT(JSON Stringify(OB Values($p)))
OB REMOVE($p; "z")
ALERT(JSON Stringify($p))
ALERT(String($p.sum()))
var $name : Text:="x"
$p[$name]:=10
ALERT(String($p.sum()))
ALERT(String($p["y"]))
ALERT(String(OB Is defined($p; "label")))
ALERT(String(OB Is defined($p; "sum")))
ALERT(String(Undefined($p.missing)))

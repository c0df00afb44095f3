// language.md §12.2: .query(queryString; querySettings) with named :placeholders (parameters, attributes)
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $o : Object
ALERT(String($c.query("name = :name"; New object("parameters"; New object("name"; "Clanton"))).length))
$o:=New object
$o.attributes:=New object("att"; "zc")
$o.parameters:=New object("v"; 35040)
ALERT($c.query(":att > :v"; $o).extract("name").join(","))

// language.md §12.2: query IN operator with a collection placeholder
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$c.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$c.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$c.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$c.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
ALERT($c.query("name IN :1"; New collection("Smith"; "Mark")).extract("name").join(","))
ALERT($c.query("age IN :1"; New collection(36; 45)).extract("name").join(","))

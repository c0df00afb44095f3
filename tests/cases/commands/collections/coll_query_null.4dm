// language.md §12.2: the null keyword matches null and undefined properties (placeholders cannot pass Null)
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$c.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$c.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$c.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$c.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
ALERT($c.query("age=null").extract("name").join(","))
ALERT($c.query("age # null").extract("name").join(","))

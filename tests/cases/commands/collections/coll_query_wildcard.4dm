// language.md §12.2 / §4.4: query "=" is case/diacritic-insensitive with @ wildcard; "==="/IS treat @ literally; "#" negates
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$c.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$c.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$c.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$c.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
ALERT($c.query("name = :1"; "@in@").extract("name").join(","))
ALERT($c.query("name # :1"; "W@").extract("name").join(","))
ALERT($c.query("name = 'smith'").extract("name").join(","))
ALERT($c.query("name == 'sm@'").extract("name").join(","))
ALERT(String($c.query("name === 'Sm@'").length))
ALERT($c.query("name === 'smith'").extract("name").join(","))
ALERT($c.query("name != 'Smith'").extract("name").join(","))

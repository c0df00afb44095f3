// language.md §12.2: query logical operators AND/&/&&, OR/|/||, NOT(...), parentheses; numeric comparisons
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Smith"; "dateHired"; !2002-05-22!; "age"; 45))
$c.push(New object("name"; "Wesson"; "dateHired"; !2017-11-30!))
$c.push(New object("name"; "Winch"; "dateHired"; !2018-05-16!; "age"; 36))
$c.push(New object("name"; "Sterling"; "dateHired"; !1999-05-10!; "age"; Null))
$c.push(New object("name"; "Mark"; "dateHired"; !2002-01-01!))
ALERT($c.query("age > 40").extract("name").join(","))
ALERT($c.query("age < 40").extract("name").join(","))
ALERT($c.query("age > 30 AND name = 'S@'").extract("name").join(","))
ALERT($c.query("age > 30 & name = 'W@'").extract("name").join(","))
ALERT($c.query("age < 40 OR name = 'Mark'").extract("name").join(","))
ALERT($c.query("name = 'Mark' | name = 'Wesson'").extract("name").join(","))
ALERT($c.query("age > 30 && age < 40").extract("name").join(","))
ALERT($c.query("(age > 40 OR age < 40) AND name # 'Winch'").extract("name").join(","))
ALERT($c.query("NOT(name = 'S@')").extract("name").join(","))

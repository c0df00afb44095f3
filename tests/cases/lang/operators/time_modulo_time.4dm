// language.md §4.3: Time % Time gives a Time
ALERT(Time string(?20:10:00? % ?04:20:00?))
ALERT(String(Value type(?20:10:00? % ?04:20:00?)))
$t:=?05:00:00?
ALERT(String($t % ?02:00:00?))

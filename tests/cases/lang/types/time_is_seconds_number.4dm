// language.md §2: a Time is a number of seconds and behaves as a number in arithmetic
ALERT(String(?00:01:40?+0))
ALERT(Time string(Time(100)))
ALERT(String(?01:00:00?*2))
ALERT(String(?00:00:30?/2))
ALERT(String(Value type(Time(100))))

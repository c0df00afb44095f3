// language.md §4.3: Time +/- Time gives a Time
ALERT(Time string(?01:00:00?+?00:30:00?))
ALERT(Time string(?01:00:00?-?00:30:00?))
ALERT(String(Value type(?01:00:00?+?00:30:00?)))
ALERT(String(?10:00:00?+?02:00:00?))

// language.md §4.4: dates and times support all comparisons
ALERT(String(!2024-01-01!<!2024-01-02!))
ALERT(String(!2024-01-01!=!2024-01-01!))
ALERT(String(!2024-03-01!>=!2024-02-29!))
ALERT(String(!2024-01-01!#!2024-01-01!))
ALERT(String(?01:00:00?<?02:00:00?))
ALERT(String(?01:00:00?=?01:00:00?))
ALERT(String(?10:00:00?>?09:59:59?))

// language.md §12.3: String(date; ISO date) and String(time) → "HH:MM:SS"
ALERT(String(!2023-11-27!; ISO date))
ALERT(String(?01:02:03?))
ALERT(String(?00:00:00?))
ALERT(String(?14:05:09?; HH MM SS))
ALERT(String(?25:10:00?))

// language.md §4.3: Time op Number gives a Number (seconds), not a Time
ALERT(String(?02:03:04?+65))
ALERT(String(Value type(?02:03:04?+65)))
ALERT(String(?01:00:00?*2))
ALERT(String(?01:00:00?/4))
ALERT(String(?01:00:00?\7))
ALERT(String(?01:00:01?%60))
ALERT(String(?01:00:00?-60))

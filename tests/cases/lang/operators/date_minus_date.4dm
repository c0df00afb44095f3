// language.md §4.3: Date - Date gives a number of days
ALERT(String(!2024-03-01!-!2024-02-01!))
ALERT(String(!2024-02-01!-!2024-03-01!))
ALERT(String(!2025-01-01!-!2024-01-01!))
ALERT(String(Value type(!2024-03-01!-!2024-02-01!)))

// language.md §4.3: Date +/- Number adds/subtracts days
ALERT(JSON Stringify(!2024-01-31!+1))
ALERT(JSON Stringify(!2024-01-31!-31))
ALERT(JSON Stringify(!2024-02-28!+1))
ALERT(JSON Stringify(!2023-02-28!+1))
ALERT(JSON Stringify(!2024-01-01!+366))
ALERT(String(Value type(!2024-01-01!+1)))

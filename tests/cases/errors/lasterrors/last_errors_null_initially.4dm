// language.md §11.6: Last errors is null when no error occurred
ALERT(String(Last errors=Null))
ALERT(String(Value type(Last errors)))

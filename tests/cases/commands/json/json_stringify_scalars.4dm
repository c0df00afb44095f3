// language.md §12.1: JSON Stringify of scalars — text quoted, numbers, time → seconds, date → "YYYY-MM-DD", booleans, null
ALERT(JSON Stringify("Eureka!"))
ALERT(JSON Stringify(120))
ALERT(JSON Stringify(?20:00:00?))
ALERT(JSON Stringify(!2013-08-28!))
ALERT(JSON Stringify(True))
ALERT(JSON Stringify(False))
ALERT(JSON Stringify(Null))
ALERT(JSON Stringify(""))

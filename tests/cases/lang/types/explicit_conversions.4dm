// language.md §2: type conversion is explicit with String, Num, Date, Time, Bool
ALERT(String(12)+"3")
ALERT(String(Num("12")+3))
ALERT(String(Bool(1)))
ALERT(JSON Stringify(Date("2024-01-31")))
ALERT(String(Time("01:00:00")+0))
ALERT(String(Num(True)+1))

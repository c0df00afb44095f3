// language.md §1.7: number literals 27, -27, 123.76, 0.0076
ALERT(String(27))
ALERT(String(-27))
ALERT(String(123.76))
ALERT(String(0.0076))
ALERT(String(27+-27))
ALERT(String(1.50))
ALERT(String(3.0))

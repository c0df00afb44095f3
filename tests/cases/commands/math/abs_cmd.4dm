// language.md §12.4: Abs(n) absolute value
ALERT(String(Abs(-10.5)))
ALERT(String(Abs(3)))
ALERT(String(Abs(0)))
ALERT(String(Abs(-0.001)))

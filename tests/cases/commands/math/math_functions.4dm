// language.md §12.4: Sqrt, Exp, Log, Dec, Arctan
ALERT(String(Sqrt(16)))
ALERT(String(Sqrt(2)))
ALERT(String(Exp(0)))
ALERT(String(Log(1)))
ALERT(String(Dec(3.75)))
ALERT(String(Arctan(1)*4))

// language.md §4.4: number ordering < > <= >=
ALERT(String(1<2))
ALERT(String(2<=2))
ALERT(String(3>=4))
ALERT(String(-1<0))
ALERT(String(2.5>2))
ALERT(String(5#5))

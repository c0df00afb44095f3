// language.md §4.3: Number + - * / Number
ALERT(String(2+3))
ALERT(String(2-3))
ALERT(String(2*3))
ALERT(String(7/2))
ALERT(String(6/3))
ALERT(String(0.5+0.25))

// language.md §2: reals are IEEE doubles displayed with 13 significant digits
ALERT(String(1/3))
ALERT(String(2/3))
ALERT(String(100/3))
ALERT(String(-1/3))
ALERT(String(0.1+0.2))
ALERT(String(1/8))
ALERT(String(123456.789))

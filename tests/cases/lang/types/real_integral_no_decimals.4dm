// language.md §2/§12.3: integral reals are displayed without decimals
ALERT(String(2.0))
ALERT(String(10/2))
ALERT(String(1000000))
ALERT(String(-4.0))
ALERT(String(0.5*4))

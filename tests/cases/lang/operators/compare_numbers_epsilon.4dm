// language.md §4.4: number equality uses an epsilon of 1e-6
ALERT(String(0.000001=0.000002))
ALERT(String(0.1+0.2=0.3))
ALERT(String(1=1.000002))
ALERT(String(1#1.0000001))
ALERT(String(2=2))

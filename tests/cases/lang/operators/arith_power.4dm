// language.md §4.3: ^ is the exponent operator
ALERT(String(2^3))
ALERT(String(10^2))
ALERT(String(2^0))
ALERT(String(2^0.5))
ALERT(String(4^-1))

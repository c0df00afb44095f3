// language.md §1.7 [Decision]: exponent literals like 1e3 are accepted
ALERT(String(1e3))
ALERT(String(2.5e-3))
ALERT(String(1.5e2))
ALERT(String(1e3/10))
ALERT(String(Value type(1e3)))

// language.md §4.2: only parentheses change the order
ALERT(String(True | (False & False)))
ALERT(String(2*(3+4)))
ALERT(String((2+3)*(4-1)))
ALERT(String(2^(1+1)))
ALERT(String(((1+1))*3))

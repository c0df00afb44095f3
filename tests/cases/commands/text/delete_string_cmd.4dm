// language.md §12.3: Delete string(src; where; n) — 1-based; where > length or n=0 → unchanged; runs past the end → to the end
ALERT(Delete string("Lamborghini"; 6; 6))
ALERT(Delete string("Indentation"; 6; 2))
ALERT(Delete string("abc"; 10; 1))
ALERT(Delete string("abc"; 2; 0))
ALERT(Delete string("abcdef"; 3; 100))
ALERT("["+Delete string(""; 1; 1)+"]")

// language.md §12.3: Change string(src; new; where) overwrites characters; result keeps the source length
ALERT(Change string("Acme"; "CME"; 2))
ALERT(Change string("November"; "Dec"; 1))
ALERT(Change string("abc"; "XYZ"; 2))
ALERT(Change string("abc"; "X"; 0))
ALERT(Change string("abc"; "X"; 4))
ALERT(Change string("abc"; ""; 1))

// language.md §4.3: << and >> shift 32-bit values; shifting by more than 31 gives 0
ALERT(String(1 << 4))
ALERT(String(256 >> 4))
ALERT(String(3 << 1))
ALERT(String(1 << 32))
ALERT(String(5 >> 40))

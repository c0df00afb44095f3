// language.md §4.3: Longint & | ^| are bitwise
ALERT(String(12 & 10))
ALERT(String(12 | 3))
ALERT(String(12 ^| 10))
ALERT(String(0x0F & 0xFF))
ALERT(String(-1 & 255))

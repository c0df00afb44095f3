// language.md §1.7: hexadecimal number literals 0xFF00
ALERT(String(0xFF00))
ALERT(String(0xFF))
ALERT(String(0x10+1))
ALERT(String(0x7FFFFFFF))
ALERT(String(0x0))

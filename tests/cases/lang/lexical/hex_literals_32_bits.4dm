// README Decisions: a hexadecimal literal is a Long's 32 bits (dt_number.md's bitwise
// examples: 0x0000FFFF | 0xFF00FF00 = 0xFF00FFFF); beyond 0x7FFFFFFF it is negative
ALERT(String(0xFFFFFFFF))
ALERT(String(0x80000000))
ALERT(String(0xFF00FF00))
ALERT(String((0x0000FFFF | 0xFF00FF00)=0xFF00FFFF))
ALERT(String((0x0000FFFF ^| 0xFF00FF00)=0xFF0000FF))
ALERT(String(-0xFFFFFFFF))
ALERT(String(0x1FFFFFFFF))
var $i : Integer:=0xFFFFFFFF
ALERT(String($i))
ALERT(String(0xFFFFFFFF; "&x"))

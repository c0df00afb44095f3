// Doc: https://developer.4d.com/docs/Concepts/dt_number#examples
// Follows: the table's hex results read as 32-bit Longs; the expected literals go through "| 0" so both sides are Longs (the docs do not say whether a literal above 0x7FFFFFFF is a Long or a Real)
// 0x0000FFFF & | ^| 0xFF00FF00 give 0x0000FF00, 0xFF00FFFF, 0xFF0000FF (32-bit Long results)
ASSERT((0x0000FFFF & 0xFF00FF00)=0x0000FF00; "& gave "+String(0x0000FFFF & 0xFF00FF00))
ASSERT((0x0000FFFF | 0xFF00FF00)=(0xFF00FFFF | 0); "| gave "+String(0x0000FFFF | 0xFF00FF00))
ASSERT((0x0000FFFF ^| 0xFF00FF00)=(0xFF0000FF | 0); "^| gave "+String(0x0000FFFF ^| 0xFF00FF00))

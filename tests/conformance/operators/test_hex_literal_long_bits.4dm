// Doc: https://developer.4d.com/docs/Concepts/dt_number#examples
// Follows: the table compares Long results with literals above 0x7FFFFFFF, so a literal is read as a Long's 32 bits (README Decisions)
// 0x0000FFFF | 0xFF00FF00 gives 0xFF00FFFF, ^| gives 0xFF0000FF
ASSERT((0x0000FFFF | 0xFF00FF00)=0xFF00FFFF; "| gave "+String(0x0000FFFF | 0xFF00FF00))
ASSERT((0x0000FFFF ^| 0xFF00FF00)=0xFF0000FF; "^| gave "+String(0x0000FFFF ^| 0xFF00FF00))

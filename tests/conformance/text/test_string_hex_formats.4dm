// Doc: https://developer.4d.com/docs/commands/string#stringnumberformat
// "&x" and "&$" hexadecimal formats: 0xFFFFFFFF, $FFFFFFFF, 0x0080, $80, 0x4000, $4000
ASSERT(String(-1; "&x")="0xFFFFFFFF"; "1: "+String(-1; "&x"))
ASSERT(String(-1; "&$")="$FFFFFFFF"; "2: "+String(-1; "&$"))
ASSERT(String(0 ?+ 7; "&x")="0x0080"; "3: "+String(0 ?+ 7; "&x"))
ASSERT(String(0 ?+ 7; "&$")="$80"; "4: "+String(0 ?+ 7; "&$"))
ASSERT(String(0 ?+ 14; "&x")="0x4000"; "5: "+String(0 ?+ 14; "&x"))
ASSERT(String(0 ?+ 14; "&$")="$4000"; "6: "+String(0 ?+ 14; "&$"))

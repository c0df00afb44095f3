// Doc: https://developer.4d.com/docs/commands/string#stringnumberformat
// Default format: String(2^15) "32768", String(1/3) "0.3333333333333", String(Arctan(1)*4) "3.14159265359"
ASSERT(String(2^15)="32768"; "1: "+String(2^15))
ASSERT(String(1/3)="0.3333333333333"; "2: "+String(1/3))
ASSERT(String(Arctan(1)*4)="3.14159265359"; "3: "+String(Arctan(1)*4))

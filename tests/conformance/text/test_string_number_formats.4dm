// Doc: https://developer.4d.com/docs/commands/string#stringnumberformat
// Number formats: "32,768 Inhabitants", "0.33333", "3.14", "50.3" with &xml
ASSERT(String(2^15; "###,##0 Inhabitants")="32,768 Inhabitants"; "1: "+String(2^15; "###,##0 Inhabitants"))
ASSERT(String(1/3; "##0.00000")="0.33333"; "2: "+String(1/3; "##0.00000"))
ASSERT(String(Arctan(1)*4; "##0.00")="3.14"; "3: "+String(Arctan(1)*4; "##0.00"))
ASSERT(String(50.3; "&xml")="50.3"; "4: "+String(50.3; "&xml"))

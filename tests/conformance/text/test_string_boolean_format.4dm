// Doc: https://developer.4d.com/docs/commands/string#stringnumberformat
// String(Num(1=1);"True;;False") is "True", with 1=2 "False"
ASSERT(String(Num(1=1); "True;;False")="True"; "1: "+String(Num(1=1); "True;;False"))
ASSERT(String(Num(1=2); "True;;False")="False"; "2: "+String(Num(1=2); "True;;False"))

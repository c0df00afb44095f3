// Doc: https://developer.4d.com/docs/Concepts/dt_string#escape-sequences
// \n, \t, \r, \\ and \" stand for LF, tab, CR, backslash and quotation mark
ASSERT(Character code("\n")=10; "\\n")
ASSERT(Character code("\t")=9; "\\t")
ASSERT(Character code("\r")=13; "\\r")
ASSERT(Character code("\\")=92; "\\\\")
ASSERT(Character code("\"")=34; "\\\"")
ASSERT(Length("C:\\MyDocuments\\New.txt")=22; "path length "+String(Length("C:\\MyDocuments\\New.txt")))

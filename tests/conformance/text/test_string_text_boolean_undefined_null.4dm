// Doc: https://developer.4d.com/docs/commands/string#string-expressions
// Text is returned unchanged (format ignored); Booleans give "True"/"False"; undefined ""; Null "null"
var $o : Object:=New object("n"; Null)
ASSERT(String("abc"; "##0")="abc"; "text")
ASSERT(String(True)="True"; "True")
ASSERT(String(False)="False"; "False")
ASSERT(String($o.missing)=""; "undefined")
ASSERT(String($o.n)="null"; "null")

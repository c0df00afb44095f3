// Doc: https://developer.4d.com/docs/commands/replace-string#example-2
// Replace string with * removes CRs and tabs by character code
var vtResult : Text:="a\tb\rc"
vtResult:=Replace string(Replace string(vtResult; Char(Carriage return); ""; *); Char(Tab); ""; *)
ASSERT(vtResult="abc"; "gave "+vtResult)
ASSERT(Replace string("a\tb"; Char(Tab); ","; *)="a,b"; "tab to comma")

// language.md §12.3: Split string with "" separator (each character), multi-character separator, separator absent
ALERT(JSON Stringify(Split string("abc"; "")))
ALERT(JSON Stringify(Split string("a--b--c"; "--")))
ALERT(JSON Stringify(Split string("abc"; ",")))
ALERT(JSON Stringify(Split string("a,,b,"; ",")))
ALERT(String(Value type(Split string("a"; ","))))

// language.md §12.1: JSON Stringify escapes quotes, backslashes and control characters in strings
ALERT(JSON Stringify("{\"name\":\"john\"}"))
ALERT(JSON Stringify("a\nb\tc"))
ALERT(JSON Stringify("back\\slash"))
ALERT(JSON Stringify(New object("k\"ey"; "v")))

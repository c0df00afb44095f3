// language.md §12.1: JSON Parse of scalar JSON texts
ALERT(String(JSON Parse("42.17")))
ALERT(String(Value type(JSON Parse("42"))))
ALERT(String(JSON Parse("true")))
ALERT(String(Value type(JSON Parse("null"))))
ALERT(JSON Parse("\"Year 42\""))
ALERT(JSON Parse("\"\\u00e9t\\u00e9\""))
ALERT(JSON Parse("\"a\\nb\"")=("a"+Char(Line feed)+"b") ? "newline decoded" : "not decoded")

// language.md §4.5: && and || return operand values, not Booleans
ALERT("Hello" && "World")
ALERT("["+("" && "World")+"]")
ALERT("a" || "b")
ALERT("" || "b")
ALERT(String(Null || "n/a"))
ALERT(String(False || 3))
ALERT(String((1=1) && (2=2)))

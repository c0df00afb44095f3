// language.md §12.3 / §14.15: Uppercase/Lowercase remove accents unless * is passed
ALERT(Uppercase("hélène"))
ALERT(Uppercase("hélène"; *))
ALERT(Lowercase("ÉTÉ"))
ALERT(Lowercase("ÉTÉ"; *))
ALERT(Uppercase("abc123-xyz"))
ALERT(Lowercase("MiXeD"))
ALERT("["+Uppercase("")+"]")

// language.md §1.4: command and constant names are case-insensitive
alert(string(is TEXT))
ALERT(STRING(LENGTH("abcd")))
Alert(Uppercase("ok"))

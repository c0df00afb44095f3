// language.md §1.4: command names are case-insensitive
alert(string(1+1))
ALERT(STRING(LENGTH("abc")))
Alert(json stringify(new object("a"; 1)))
ALERT(String(VALUE TYPE("x")))
ALERT(lowercase("ABC"))

  // language.md §4.4: text comparison is case-insensitive; @ is a wildcard in the right operand
ALERT(String("abc"="ABC"))
ALERT(String("Hello"="h@"))
ALERT(String("h@"="Hello"))
ALERT(String("abc"<"ABD"))

// language.md §4.4: text comparison is case-insensitive
ALERT(String("a"="A"))
ALERT(String("abc"="ABC"))
ALERT(String("Hello"="hELLO"))
ALERT(String("abc"#"ABD"))
ALERT(String("abc"#"ABC"))

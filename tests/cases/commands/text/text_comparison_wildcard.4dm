// language.md §4.4 / §14.4: text = is case/accent-insensitive and @ is a wildcard in the right operand
ALERT(String("abc"="ABC"))
ALERT(String("n"="ñ"))
ALERT(String("abcdefghij"="abc@"))
ALERT(String("abc@"="abcdefghij"))
ALERT(String("abcdefghij"="@abcde@fghij@"))
ALERT(String(Char(1)=""))
ALERT(String("Hello"#"hello"))

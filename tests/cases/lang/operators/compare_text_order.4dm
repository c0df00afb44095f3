// language.md §4.4: text ordering uses the same case-insensitive collation
ALERT(String("abc"<"abd"))
ALERT(String("a"<"B"))
ALERT(String("B">"a"))
ALERT(String("apple"<"banana"))
ALERT(String(""<"a"))
ALERT(String("abc"<="ABC"))
ALERT(String("b">="C"))

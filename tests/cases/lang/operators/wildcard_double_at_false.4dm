// language.md §4.4: two consecutive @@ always give False
ALERT(String("abc"="a@@"))
ALERT(String("abc"="@@"))
ALERT(String("a@@"="a@@"))

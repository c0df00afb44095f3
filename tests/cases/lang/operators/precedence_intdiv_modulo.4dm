// language.md §4.2: \ and % are on the same left-to-right level as + - * /
ALERT(String(1+7\2))
ALERT(String(10+5%4))
ALERT(String(7\2*2))
ALERT(String(2*7%4))

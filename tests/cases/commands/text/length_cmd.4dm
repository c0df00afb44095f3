// language.md §12.3: Length counts UTF-16 code units
ALERT(String(Length("")))
ALERT(String(Length("abc")))
ALERT(String(Length("héllo")))
ALERT(String(Length("😀")))
ALERT(String(Length("a"+Char(0)+"b")))
ALERT(String(Length("\r\n")))
ALERT(String(Length(Char(Tab))))

  // language.md §12.3: Length counts UTF-16 code units
ALERT(String(Length("")))
ALERT(String(Length("héllo")))
ALERT(String(Length(Char(13)+Char(10))))
ALERT(String(Length("a"*5)))

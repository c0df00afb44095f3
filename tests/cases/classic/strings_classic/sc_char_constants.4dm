  // language.md §12.3/§13: Char(Carriage return), Char(Line feed), Char(Tab) with the ASCII code constants
C_TEXT($t)
$t:="a"+Char(Tab)+"b"+Char(Carriage return)+Char(Line feed)
ALERT(String(Length($t)))
ALERT(String(Character code($t[[2]]))+" "+String(Character code($t[[4]]))+" "+String(Character code($t[[5]])))
ALERT(String(Position(Char(Tab);$t)))

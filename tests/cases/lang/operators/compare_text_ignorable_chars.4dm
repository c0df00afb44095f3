// language.md §4.4: ignorable control characters (Char(0), Char(1)...) are skipped; TAB is not
ALERT(String(Char(1)=""))
ALERT(String(Length(Char(1))))
ALERT(String("a"+Char(0)+"b"="ab"))
ALERT(String(Char(9)=""))

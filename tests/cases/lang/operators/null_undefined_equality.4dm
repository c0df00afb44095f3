// language.md §4.8: Null = Null, Null = undefined, undefined = undefined are True; vs 42 False
$o:={}
ALERT(String(Null=Null))
ALERT(String(Null=$o.u))
ALERT(String($o.u=$o.v))
ALERT(String(Null#Null))
ALERT(String(Null=42))
ALERT(String($o.u=42))
ALERT(String(Null#42))
ALERT(String($o.u#42))
ALERT(String($o.u="abc"))

// language.md §12.3: Num(text) ignores letters, "." is the decimal separator; Num(Boolean) → 1/0; undefined → 0
var $o : Object
$o:=New object
ALERT(String(Num("12.5")))
ALERT(String(Num("-12")))
ALERT(String(Num("A1B2C3")))
ALERT(String(Num("ABCD")))
ALERT(String(Num("")))
ALERT(String(Num(True)))
ALERT(String(Num(False)))
ALERT(String(Num(42)))
ALERT(String(Num($o.missing)))
ALERT(String(Num("0.25")*4))

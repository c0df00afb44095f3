// language.md §11.7: Asserted returns the Boolean and raises -10518 when it is False
var $r : Variant
ALERT(String(Asserted(True)))
ALERT(String(Asserted(1<2; "never")))
$r:=Try(Asserted(1>2; "too small"))
ALERT(String(Last errors[0].errCode))

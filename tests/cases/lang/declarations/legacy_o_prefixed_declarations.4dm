// language.md §3.2: C_XXX commands renamed _O_C_XXX (20 R7) are still declarations
_O_C_LONGINT($n)
_O_C_TEXT($t)
$n:=3.6
ALERT(String($n))
ALERT("["+$t+"]")
ALERT(String(Type($n)))

  // language.md §3.2/§2: _O_C_INTEGER declares an integer variable (default 0)
_O_C_INTEGER($i)
ALERT(String($i))
$i:=7
ALERT(String($i*2))

  // language.md §3.2/§4.3: C_DATE / C_TIME variables support date and time arithmetic
C_DATE($d)
C_TIME($h)
$d:=!2024-01-31!+1
ALERT(String(Month of($d))+"/"+String(Day of($d)))
$h:=?01:30:00?+?00:45:00?
ALERT(String($h))
ALERT(String($h+0))

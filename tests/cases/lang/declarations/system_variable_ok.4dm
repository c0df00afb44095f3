// language.md §3.3: system variables such as OK exist in every process and are assignable
OK:=0
ALERT(String(OK))
OK:=1
ALERT(String(OK))
ok:=5
ALERT(String(OK))

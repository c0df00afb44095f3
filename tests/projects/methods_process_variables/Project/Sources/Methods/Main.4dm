// language.md §3.3/§7: process variables are visible in every method of the process; locals are per call
vCount:=0
Bump
Bump
Bump
ALERT(String(vCount))
ALERT(String(LocalCounter))
ALERT(String(LocalCounter))

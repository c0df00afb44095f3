  // language.md §1.4: variable names are case-insensitive (process variables too)
vPvMixed:=5
ALERT(String(VPVMIXED))
vpvmixed:=vpvmixed+1
ALERT(String(vPvMixed))

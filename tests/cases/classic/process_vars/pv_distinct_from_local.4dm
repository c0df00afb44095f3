  // language.md §1.6/§3.3: a process variable and a local variable with the same spelling are different variables
vSame:="process"
$vSame:="local"
ALERT(vSame)
ALERT($vSame)

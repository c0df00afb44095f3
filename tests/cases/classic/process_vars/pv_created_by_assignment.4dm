  // language.md §3.1/§3.3: a process variable is created by assignment, without declaration
vPvGreeting:="Hello"
vPvCount:=3
ALERT(vPvGreeting+" "+String(vPvCount))
vPvCount:=vPvCount+1
ALERT(String(vPvCount))

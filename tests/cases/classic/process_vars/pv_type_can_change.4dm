  // language.md §3.1: a variable created by assignment takes its type from the value and can change later
vPvAny:=12
ALERT(String(Value type(vPvAny)=Is real))
vPvAny:="twelve"
ALERT(String(Value type(vPvAny)=Is text))
ALERT(vPvAny)

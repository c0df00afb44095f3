// language.md §3 (legacy): `var ${2} : Text` types the parameters from the second on, as C_TEXT(${2}) does; it changes no value
var ${2} : Text
ALERT(String(Count parameters))

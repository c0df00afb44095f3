// Application version (C493): fourd speaks 4D 21 -> "2100", long form "F0002100", build 0;
// Application type (C494): 4D Local mode; Is compiled mode: False (an interpreter)
var $build : Integer:=5
ALERT(Application version+" "+Application version(*)+" "+Application version($build; *)+" "+String($build))
ALERT(String(Num(Substring(Application version; 1; 2))>=20))
ALERT(String(Application type=4D Local mode)+" "+String(Is compiled mode))

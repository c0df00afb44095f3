  // 4D docs Pointers: ->$a{2} is a pointer to one array element
C_POINTER($pe)
ARRAY TEXT($a;3)
$a{2}:="old"
$pe:=->$a{2}
ALERT($pe->)
$pe->:="new"
ALERT($a{2})

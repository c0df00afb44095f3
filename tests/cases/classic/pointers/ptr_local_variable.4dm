  // language.md §2/§4.1: ->$x creates a pointer, $p-> reads and $p->:= writes the variable
C_LONGINT($x)
C_POINTER($p)
$x:=10
$p:=->$x
ALERT(String($p->))
$p->:=25
ALERT(String($x))
ALERT(String($p->+1))

  // 4D docs Get pointer: returns a pointer to the process variable whose name is given
C_POINTER($p)
C_LONGINT($i)
vPtrGp1:=1
vPtrGp2:=2
vPtrGp3:=3
For ($i;1;3)
	$p:=Get pointer("vPtrGp"+String($i))
	$p->:=$p->*10
End for 
ALERT(String(vPtrGp1+vPtrGp2+vPtrGp3))

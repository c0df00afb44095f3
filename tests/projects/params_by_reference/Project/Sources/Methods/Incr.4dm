#DECLARE($p : Pointer)
$p->:=$p->+1

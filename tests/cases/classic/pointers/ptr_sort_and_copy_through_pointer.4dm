  // 4D docs Pointers table: SORT ARRAY(vpArr->;>) and COPY ARRAY(Arr;vpArr->)
C_POINTER($p)
ARRAY TEXT($src;3)
$src{1}:="c"
$src{2}:="a"
$src{3}:="b"
ARRAY TEXT($dst;0)
$p:=->$dst
COPY ARRAY($src;$p->)
SORT ARRAY($p->;>)
ALERT($dst{1}+$dst{2}+$dst{3})
ALERT($src{1}+$src{2}+$src{3})

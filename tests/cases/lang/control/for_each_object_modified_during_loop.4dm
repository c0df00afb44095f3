// language.md §5: properties added/removed during the loop do not change the iteration count
$o:={a: 1; b: 2}
$n:=0
For each ($k; $o)
	$o[$k+"x"]:=0
	$n:=$n+1
End for each 
ALERT(String($n))
ALERT(String(OB Keys($o).length))
$p:={a: 1; b: 2; c: 3}
$m:=0
For each ($k; $p)
	If ($k="a")
		OB REMOVE($p; "c")
	End if 
	$m:=$m+1
End for each 
ALERT(String($m))

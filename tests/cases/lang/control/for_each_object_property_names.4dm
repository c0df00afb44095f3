// language.md §5: For each over an object gives the property names in creation order
$o:={z: 1; a: 2; m: 3}
$keys:=""
$total:=0
For each ($k; $o)
	$keys:=$keys+$k
	$total:=$total+$o[$k]
End for each 
ALERT($keys)
ALERT(String($total))

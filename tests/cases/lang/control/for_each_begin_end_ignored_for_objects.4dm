// language.md §5: begin/end are ignored when iterating an object
$o:={a: 1; b: 2; c: 3}
$keys:=""
For each ($k; $o; 1; 2)
	$keys:=$keys+$k
End for each 
ALERT($keys)

  // language.md §3.2: ARRAY TEXT(name;size): 1-based, element 0 exists, access arr{i}
ARRAY TEXT($names;3)
ALERT(String(Size of array($names)))
ALERT("["+$names{1}+"]")
$names{1}:="Ann"
$names{2}:="Bob"
$names{3}:="Cid"
ALERT($names{1}+$names{3})
$names{0}:="zero"
ALERT($names{0})
$out:=""
For ($i; 1; Size of array($names))
	$out:=$out+$names{$i}
End for 
ALERT($out)
ALERT(String(Type($names)))

// language.md §1.5 (tokenized exports): a command token whose name is empty (`:C1776`, a command 4D no longer names) is that command; it runs as not supported
If (False)
	$x:=:C1776
	$y:=:C1776($x; 2)
End if 
ALERT("parsed")
$x:=:C1776

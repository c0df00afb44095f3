// language.md §1.1: files often have no final newline (last line is a block keyword)
$x:=3
If ($x>2)
	ALERT("big")
End if 
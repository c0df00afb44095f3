// language.md §7.2: #DECLARE must be the first code line; comments and blank lines may precede it

/* a block comment */
  // a legacy comment
#DECLARE($n : Integer) -> $r : Integer
If (Count parameters=0)
	ALERT(String(declare_after_comments(20)))
	return 
End if 
$r:=$n*2+2

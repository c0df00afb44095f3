// language.md §1.4: multi-word keywords/commands may use any whitespace between words
$o:=New  object("a"; 1)
ALERT(JSON   Stringify($o))
Case  of
	: (True)
		ALERT("case")
End   case
If (True)
	ALERT("if")
End    if
For  each ($x; [1])
	ALERT("each")
End  for  each
ALERT(String(Value	type("x")))

  // language.md §5: Begin SQL … End SQL parses; running it says "not supported" (exit 1)
C_TEXT($name)
ALERT("start")
Begin SQL
	SELECT Name FROM People INTO :$name;
End SQL
ALERT("not reached")

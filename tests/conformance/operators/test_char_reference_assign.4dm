// Doc: https://developer.4d.com/docs/Concepts/dt_string#character-reference-symbols
// vsName[[1]]:=Uppercase(vsName[[1]]) sets the first character to upper case
var vsName : Text:="smith"
If (vsName#"")
	vsName[[1]]:=Uppercase(vsName[[1]])
End if
ASSERT(Character code(vsName[[1]])=Character code("S"); "gave "+vsName)

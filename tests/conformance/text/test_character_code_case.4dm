// Doc: https://developer.4d.com/docs/commands/character-code#example-1
// "A"="a" is True but their character codes differ
ASSERT("A"="a"; "A=a")
ASSERT((Character code("A")=Character code("a"))=False; "codes equal")

// Doc: https://developer.4d.com/docs/Concepts/dt_string#character-reference-symbols
// [[i]] in an expression returns the character as a 1-character string, like Substring
var vtText : Text:="x@"
ASSERT(Character code(vtText[[Length(vtText)]])=At sign; "last char")
ASSERT(vtText[[1]]=Substring(vtText; 1; 1); "differs from Substring")
ASSERT(Length(vtText[[2]])=1; "not one character")

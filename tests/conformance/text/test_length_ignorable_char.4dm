// Doc: https://developer.4d.com/docs/commands/length#description
// A text holding Char(1) has Length 1 although it compares equal to ""
var vtAnyText : Text:=Char(1)
ASSERT(Length(vtAnyText)=1; "length "+String(Length(vtAnyText)))
ASSERT(vtAnyText=""; "Char(1) is not equal to \"\"")

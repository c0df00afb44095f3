// Doc: https://developer.4d.com/docs/commands/position#description
// Position returns 0 when not found, and for an empty string in an empty string
ASSERT(Position("z"; "Willow")=0; "not found")
ASSERT(Position(""; "")=0; "empty in empty")

// Doc: https://developer.4d.com/docs/commands/position#description
// By default Position is not diacritical (a=A, a=à); with * it compares character codes
ASSERT(Position("A"; "xa")=2; "a=A")
ASSERT(Position("a"; "xà")=2; "a=à")
ASSERT(Position("a"; "xà"; *)=0; "* a=à")

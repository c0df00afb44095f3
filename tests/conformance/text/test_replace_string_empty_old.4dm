// Doc: https://developer.4d.com/docs/commands/replace-string#description
// An empty oldString returns the source unchanged
ASSERT(Replace string("abc"; ""; "x")="abc"; "gave "+Replace string("abc"; ""; "x"))

// Doc: https://developer.4d.com/docs/commands/square-root#example-1
// Square root(2) is 1.414213562373
ASSERT(String(Square root(2))="1.414213562373"; "gave "+String(Square root(2)))

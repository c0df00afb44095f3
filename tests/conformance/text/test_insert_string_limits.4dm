// Doc: https://developer.4d.com/docs/commands/insert-string#description
// "" leaves source unchanged; where beyond the length appends; where < 1 inserts before
ASSERT(Insert string("abc"; ""; 2)="abc"; "empty what")
ASSERT(Insert string("abc"; "x"; 10)="abcx"; "beyond gave "+Insert string("abc"; "x"; 10))
ASSERT(Insert string("abc"; "x"; 0)="xabc"; "zero gave "+Insert string("abc"; "x"; 0))

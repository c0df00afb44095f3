// Doc: https://developer.4d.com/docs/commands/delete-string#description
// Unchanged for "", where beyond the length, numChars 0; where < 1 deletes from the beginning
ASSERT(Delete string(""; 1; 2)=""; "empty")
ASSERT(Delete string("abc"; 5; 1)="abc"; "where beyond")
ASSERT(Delete string("abc"; 2; 0)="abc"; "numChars 0")
ASSERT(Delete string("abcdef"; 0; 2)="cdef"; "where 0 gave "+Delete string("abcdef"; 0; 2))

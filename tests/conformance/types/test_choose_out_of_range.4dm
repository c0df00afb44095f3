// Doc: https://developer.4d.com/docs/commands/choose#description
// No value at that position: the empty value of the values' type ("" or 0)
ASSERT(Choose(9; "a"; "b")=""; "text gave "+Choose(9; "a"; "b"))
ASSERT(Choose(9; 1; 2)=0; "number gave "+String(Choose(9; 1; 2)))

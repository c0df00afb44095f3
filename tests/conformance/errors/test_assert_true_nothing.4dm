// Doc: https://developer.4d.com/docs/commands/assert#description
// If the expression is true, nothing happens
ASSERT(1=1)
ASSERT(True; "never shown")

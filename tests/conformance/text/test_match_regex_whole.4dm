// Doc: https://developer.4d.com/docs/commands/match-regex#example-1
// Match regex(pattern;text) tests complete equality with the pattern
ASSERT(Match regex(".*smith.*"; "john smith jr"); "no match")
ASSERT(Not(Match regex("smith"; "john smith jr")); "partial text matched the simple syntax")

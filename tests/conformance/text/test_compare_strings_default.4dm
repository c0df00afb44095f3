// Doc: https://developer.4d.com/docs/commands/compare-strings#description
// By default Compare strings works like "<": -1, 0 or 1, case-insensitive
ASSERT(Compare strings("abc"; "abd")=-1; "lower")
ASSERT(Compare strings("ABC"; "abc")=0; "equal")
ASSERT(Compare strings("b"; "a")=1; "higher")
ASSERT(Compare strings("ete"; "été")=0; "ete = été in non-Japanese data language")

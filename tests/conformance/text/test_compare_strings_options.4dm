// Doc: https://developer.4d.com/docs/commands/compare-strings#description
// sk case insensitive keeps diacritics (a # à); sk diacritic insensitive ignores them
ASSERT(Compare strings("a"; "à"; sk case insensitive)#0; "a = à with sk case insensitive")
ASSERT(Compare strings("A"; "a"; sk case insensitive)=0; "A # a with sk case insensitive")
ASSERT(Compare strings("a"; "à"; sk diacritic insensitive)=0; "a # à with sk diacritic insensitive")
ASSERT(Compare strings("Alpha"; "alpha"; sk strict)#0; "sk strict ignores case")

// Doc: https://developer.4d.com/docs/commands/compare-strings#description
// @ is not a wildcard with Compare strings
ASSERT(Compare strings("abcdef"; "abc@")#0; "abc@ matched abcdef")

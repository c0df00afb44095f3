// Doc: https://developer.4d.com/docs/commands/replace-string#description
// howMany limits the replacements, starting at the first character
ASSERT(Replace string("a-a-a"; "a"; "b"; 2)="b-b-a"; "gave "+Replace string("a-a-a"; "a"; "b"; 2))

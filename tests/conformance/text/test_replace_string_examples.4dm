// Doc: https://developer.4d.com/docs/commands/replace-string#example-1
// Follows: "ll" as the old string; the example writes " ll" (with a leading space), which would not give "Widow"
// Replace string("Willow";"ll";"d") is "Widow"; an empty newString deletes ("Shut")
ASSERT(Replace string("Willow"; "ll"; "d")="Widow"; "1: "+Replace string("Willow"; "ll"; "d"))
ASSERT(Replace string("Shout"; "o"; "")="Shut"; "2: "+Replace string("Shout"; "o"; ""))

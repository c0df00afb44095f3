// Doc: https://developer.4d.com/docs/commands/length#example
// Length("Topaz") is 5 and Length("Citizen") is 7
ASSERT(Length("Topaz")=5; "Topaz")
ASSERT(Length("Citizen")=7; "Citizen")

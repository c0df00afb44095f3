// Doc: https://developer.4d.com/docs/commands/json-stringify#example-1
// JSON Stringify("Eureka!") is "\"Eureka!\"", 120 is "120", ?20:00:00? is "72000" (seconds)
ASSERT(JSON Stringify("Eureka!")="\"Eureka!\""; "1: "+JSON Stringify("Eureka!"))
ASSERT(JSON Stringify(120)="120"; "2: "+JSON Stringify(120))
ASSERT(JSON Stringify(?20:00:00?)="72000"; "3: "+JSON Stringify(?20:00:00?))

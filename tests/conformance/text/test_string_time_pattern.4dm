// Doc: https://developer.4d.com/docs/commands/string#time-expressions
// A time pattern: String(?17:30:45?;"'It is' K a") "It is 5 PM"
ASSERT(String(?17:30:45?; "'It is' K a")="It is 5 PM"; "gave "+String(?17:30:45?; "'It is' K a"))

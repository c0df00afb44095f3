// a file named like a command: the command name reaches the command
// (4D refuses a method named like a command), not this method
throw(12345; "x")

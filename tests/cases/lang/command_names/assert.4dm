// a file named like a command: ASSERT is the command, not this method
ASSERT(False; "m")

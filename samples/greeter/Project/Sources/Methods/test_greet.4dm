// a test of the sample: fourd test samples/greeter
ASSERT(Greet("Ada")="Hello, Ada!"; "Greet gave "+Greet("Ada"))

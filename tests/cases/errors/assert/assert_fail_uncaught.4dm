// language.md §11.7 / §15: a failed ASSERT raises error -10518 "Assert failed: …"; uncaught → exit 1, earlier output kept
ALERT("before")
ASSERT(1=2)
ALERT("must not print")

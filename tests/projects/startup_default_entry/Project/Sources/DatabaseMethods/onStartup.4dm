// language.md §15: without --method the onStartup database method is the entry point
ALERT("startup")
Greet("world")

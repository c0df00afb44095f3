  // language.md §12.3: Replace string replaces all occurrences, or howMany; old = "" leaves the text unchanged
ALERT(Replace string("a-b-c";"-";"+"))
ALERT(Replace string("a-b-c";"-";"+";1))
ALERT(Replace string("abc";"";"x"))
ALERT(Replace string("Hello HELLO";"hello";"bye"))

  // language.md §12.3: Replace string with * matches exact character codes only
ALERT(Replace string("Hello HELLO hello";"hello";"bye";*))
ALERT(Replace string("aAaA";"a";"-";1;*))

  // language.md §12.3: Substring(src; first {; count}): 1-based; count omitted or too long → to end; first > length → ""
ALERT(Substring("Hello world";7))
ALERT(Substring("Hello";2;3))
ALERT(Substring("Hello";4;100))
ALERT("["+Substring("abc";5)+"]")
ALERT(Substring("abc";1;1))

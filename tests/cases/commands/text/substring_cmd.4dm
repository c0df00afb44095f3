// language.md §12.3: Substring(src; first {; count}) — 1-based; count omitted/too long → to the end; first > length → ""
ALERT(Substring("08/04/62"; 4; 2))
ALERT(Substring("Emergency"; 1; 6))
ALERT(Substring("Hello"; 2))
ALERT("["+Substring("Hello"; 10)+"]")
ALERT(Substring("Hello"; 4; 100))
ALERT("["+Substring(""; 1; 2)+"]")
ALERT("["+Substring("Hello"; 2; 0)+"]")

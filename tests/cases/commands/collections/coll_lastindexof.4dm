// language.md §12.2: .lastIndexOf searches backwards from startFrom (negative = offset from the end)
var $col : Collection
$col:=Split string("a,b,c,d,e,f,g,h,i,j,e,k,e"; ",")
ALERT(String($col.lastIndexOf("e")))
ALERT(String($col.lastIndexOf("e"; 6)))
ALERT(String($col.lastIndexOf("e"; 15)))
ALERT(String($col.lastIndexOf("e"; -2)))
ALERT(String($col.lastIndexOf("x")))
ALERT(String($col.lastIndexOf("E")))

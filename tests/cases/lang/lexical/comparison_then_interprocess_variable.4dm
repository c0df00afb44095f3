// language.md §1.5, §4.3: `<` followed by an interprocess variable (`$a<<>limit`) is a comparison, not a shift
<>limit:=10
$a:=3
ALERT(String($a<<>limit))
ALERT(String(<>limit<<>limit))
ALERT(String(1 << 3))

// Match regex (C1019) uses ICU syntax as 4D does: Unicode properties, named groups, possessive
ARRAY LONGINT($pos; 0)
ARRAY LONGINT($len; 0)
ALERT(String(Match regex("\\p{L}+"; "1 été"; 1; $pos; $len))+" "+String($pos{0})+" "+String($len{0}))
ALERT(String(Match regex("(?<word>[a-z]+)"; "42 abc"; 1)))
ALERT(String(Match regex("a++b"; "aaab"; 1))+" "+String(Match regex("\\p{Lu}"; "abc"; 1)))

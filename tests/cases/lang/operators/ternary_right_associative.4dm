// language.md §4.2: the ternary is right-associative
$y:=24
ALERT(String($y>=100 ? $y : $y<50 ? $y+2000 : $y+1900))
$y:=95
ALERT(String($y>=100 ? $y : $y<50 ? $y+2000 : $y+1900))
$y:=2024
ALERT(String($y>=100 ? $y : $y<50 ? $y+2000 : $y+1900))

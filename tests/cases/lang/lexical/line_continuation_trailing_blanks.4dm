// language.md §1.2: \ is a continuation when it is the last non-blank character
$s:="abc"+\   
    "def"
ALERT($s)
$n:=10-\	
4
ALERT(String($n))

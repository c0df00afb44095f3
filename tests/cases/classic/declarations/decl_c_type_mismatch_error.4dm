  // language.md §3.1 [Decision]/§3.2: assigning Text to a variable declared C_LONGINT is a type error
C_LONGINT($n)
$n:=1
ALERT("before")
$n:="text"
ALERT("after")

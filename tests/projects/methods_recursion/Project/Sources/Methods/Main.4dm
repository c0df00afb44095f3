// language.md §7.1: recursion, also mutual recursion across methods
ALERT(String(IsEven(10)))
ALERT(String(IsOdd(7)))
ALERT(String(IsEven(7)))
ALERT(String(Fact(10)))
ALERT(String(Fib(15)))
var $moves : Collection:=[]
Hanoi(3; "A"; "C"; "B"; $moves)
ALERT(String($moves.length))
ALERT($moves.join(","))

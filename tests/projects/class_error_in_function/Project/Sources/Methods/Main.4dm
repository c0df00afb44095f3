// language.md §15: an uncaught error inside a class function ends the run with exit 1
var $a : cs.Account:=cs.Account.new(100)
$a.withdraw(30)
ALERT(String($a.balance))
$a.withdraw(500)
ALERT("never")

// language.md §3.1: several names + initialiser (var $a; $b : Integer:=15) is an error (syntax error, exit 2)
ALERT("never")
var $a; $b : Integer:=15

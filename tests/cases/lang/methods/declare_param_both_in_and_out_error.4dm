// language.md §7.2: a parameter cannot be both input and output (syntax error, nothing runs)
#DECLARE($x : Integer) -> $x : Integer
ALERT("never")

// language.md §1.4: a method name may start with `0x` (it is no hexadecimal number)
#DECLARE($x : Integer) : Integer
return $x*2

// language.md §1.2: a line ending with \ continues the statement on the next line
$total:=1+\
2+\
3
ALERT(String($total))
$o:=New object(\
	"a"; 1; \
	"b"; 2)
ALERT(JSON Stringify($o))
If (($total=6) & \
	($o.a=1))
	ALERT("condition joined")
End if 
ALERT(Uppercase(\
"abc"))

// language.md §1.5/§4.6: tokens use colons; a ternary with a space after ':' still works
$x:=True:C214 ? String:C10(1) : String:C10(2)
ALERT:C41($x)
$y:=(Length:C16("ab")>5) ? "long" : "short"
ALERT:C41($y)
Case of 
	: (Value type:C1509($x)=Is text:K8:3)
		ALERT:C41("text")
End case 

// language.md §1.1: CRLF line endings
var $n : Integer
$n:=0
For ($i; 1; 4)
	$n:=$n+$i
End for 
ALERT(String($n))
$t:="line"+\
"cont"
ALERT($t)
If ($n=10)  // comment before CRLF
	ALERT("ten")
Else 
	ALERT("not ten")
End if 
ALERT(String(Length("a\r\nb")))

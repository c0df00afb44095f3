// language.md §1.1/§5: block keywords written with trailing spaces (End if , Else , End for )
If (False) 
	ALERT("no")
Else   
	ALERT("else branch")
End if    
For ($i; 1; 2)  
End for 
Case of 
	: (False) 
	Else 
		ALERT("case else")
End case 
$n:=0
While ($n<2) 
	$n:=$n+1
End while 
Repeat 
	$n:=$n+1
Until ($n>=5) 
For each ($v; [1; 2])  
	$n:=$n+$v
End for each 
ALERT(String($i))
ALERT(String($n))

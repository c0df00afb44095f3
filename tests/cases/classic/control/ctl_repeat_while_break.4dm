  // language.md §5: break exits Repeat and While loops
C_LONGINT($n;$m)
Repeat 
	$n:=$n+1
	If ($n=3)
		break
	End if 
Until (False)
While (True)
	$m:=$m+1
	If ($m>=4)
		break
	End if 
End while 
ALERT(String($n)+" "+String($m))

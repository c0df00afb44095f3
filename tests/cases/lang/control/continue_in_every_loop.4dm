// language.md §5: continue skips to the next iteration (For still applies the increment)
$sum:=0
For ($i; 1; 6)
	If ($i%2=0)
		continue
	End if 
	$sum:=$sum+$i
End for 
ALERT(String($sum))
ALERT(String($i))
$i:=0
$s:=0
While ($i<5)
	$i:=$i+1
	If ($i=3)
		continue
	End if 
	$s:=$s+$i
End while 
ALERT(String($s))
$i:=0
$s:=0
Repeat 
	$i:=$i+1
	If ($i=2)
		continue
	End if 
	$s:=$s+$i
Until ($i>=4)
ALERT(String($s))
$out:=""
For each ($v; ["a"; "b"; "c"])
	If ($v="b")
		continue
	End if 
	$out:=$out+$v
End for each 
ALERT($out)

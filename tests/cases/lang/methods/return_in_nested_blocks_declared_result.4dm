// language.md §7.3: `return x` inside nested blocks gives the declared result (#DECLARE() : Type); no return reached gives the type's empty value
#DECLARE($n : Integer) : Boolean
If (Count parameters=0)
	var $k : Integer
	var $out : Text
	For ($k; 0; 7)
		$out:=$out+String($k)+"="+String(return_in_nested_blocks_declared_result($k))+" "
	End for 
	ALERT($out)
	return 
End if 
var $i : Integer
If ($n=1)
	return True
End if 
For ($i; 1; 3)
	If ($i=2) & ($n=2)
		return True
	End if 
End for 
Case of 
	: ($n=3)
		return True
End case 
$i:=0
While ($i<2)
	$i:=$i+1
	If ($n=4)
		return True
	End if 
End while 
Try
	If ($n=5)
		return True
	End if 
End try
For each ($i; [6])
	If ($i=$n)
		return True
	End if 
End for each 
Repeat 
	If ($n=7)
		return True
	End if 
Until (True)

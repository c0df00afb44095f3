// language.md §5: all keywords are case-insensitive and may carry trailing spaces
$n:=0
FOR ($i; 1; 3)   
	if ($i=2)  
		CONTINUE
	END IF   
	$n:=$n+$i
end For 
ALERT(String($n))
WHILE ($n<10)   
	$n:=$n+1
	If ($n=6)
		BREAK
	end if
end while   
ALERT(String($n))
CASE OF  
	: ($n=6)   
		ALERT("six")
	ELSE  
		ALERT("other")
END case  

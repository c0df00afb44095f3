// language.md §1.4: keywords are case-insensitive
$n:=0
if ($n=0)
	$n:=1
ELSE
	$n:=2
end IF
ALERT(String($n))
FOR ($i; 1; 3)
	$n:=$n+$i
end for
ALERT(String($n))
case OF
	: ($n=7)
		ALERT("seven")
END CASE
while ($n<10)
	$n:=$n+1
END WHILE
ALERT(String($n))
repeat
	$n:=$n-1
UNTIL ($n<=8)
ALERT(String($n))
for EACH ($v; [1; 2])
	$n:=$n+$v
end FOR EACH
ALERT(String($n))

  // language.md §3.2/§3.3: interprocess arrays ARRAY LONGINT(<>aName;n)
C_LONGINT($i)
ARRAY LONGINT(<>aIpNums;3)
For ($i;1;3)
	<>aIpNums{$i}:=$i*$i
End for 
ALERT(String(Size of array(<>aIpNums)))
ALERT(String(<>aIpNums{1}+<>aIpNums{2}+<>aIpNums{3}))

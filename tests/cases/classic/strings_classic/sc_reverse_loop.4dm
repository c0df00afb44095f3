  // language.md §4.7/§5: building a text character by character with $t[[i]] in a For loop with negative step
C_TEXT($src;$dst)
C_LONGINT($i)
$src:="stressed"
For ($i;Length($src);1;-1)
	$dst:=$dst+$src[[$i]]
End for 
ALERT($dst)

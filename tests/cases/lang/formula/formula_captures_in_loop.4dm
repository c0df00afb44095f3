// language.md §8.1: each formula captures the local's value at the time it is created
$fs:=[]
For ($i; 1; 3)
	$fs.push(Formula($i*10))
End for 
ALERT(String($fs[0].call()))
ALERT(String($fs[1].call()))
ALERT(String($fs[2].call()))

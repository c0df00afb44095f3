// language.md §9: For each over cs and 4D iterates their class names
var $name : Text
var $n : Integer
For each ($name; 4D)
	If ($name="TCP@") | ($name="File") | ($name="Object")
		ALERT($name)
	End if
	$n+=1
End for each
ALERT(String($n=OB Keys(4D).length))
For each ($name; cs)
	ALERT("cs has "+$name)
End for each
ALERT("end")

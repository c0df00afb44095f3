// fourd sample: the basics. Try it: fourd run samples/hello.4dm [YOUR NAME]
#DECLARE($name : Text)

If ($name="")
	$name:="world"
End if
ALERT("Hello, "+$name+"!")

// 4D arithmetic is strictly left to right: 3+4*5 is 35
ALERT("3+4*5 = "+String(3+4*5))

var $total : Integer
For ($i; 1; 10)
	$total+=$i
End for
ALERT("1+2+…+10 = "+String($total))

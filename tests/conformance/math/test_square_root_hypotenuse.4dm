// Doc: https://developer.4d.com/docs/commands/square-root#example-2
// The Hypotenuse method: Hypotenuse(4;3) returns 5
#DECLARE($legA : Real; $legB : Real) -> $h : Real
If (Count parameters=0)
	ASSERT(test_square_root_hypotenuse(4; 3)=5; "gave "+String(test_square_root_hypotenuse(4; 3)))
Else
	$h:=Square root(($legA^2)+($legB^2))
End if

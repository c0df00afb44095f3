// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// An undefined condition is false with If and Case of
var $o : Object
var $path : Text:=""
If ($o.a)
	$path:="if"
End if
Case of
	: ($o.a)
		$path:=$path+"case"
	Else
		$path:=$path+"else"
End case
ASSERT($path="else"; "gave "+$path)

// Doc: https://developer.4d.com/docs/Concepts/classes#function-get-and-function-set
// With only a getter the property is read-only: modifying it returns an error
var $o : cs.ReadOnly:=cs.ReadOnly.new()
ASSERT($o.answer=42; "getter gave "+String($o.answer))
var $failed : Boolean:=False
Try
	$o.answer:=1
Catch
	$failed:=True
End try
ASSERT($failed; "assigning a read-only computed property gave no error")

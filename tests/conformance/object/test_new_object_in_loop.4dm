// Doc: https://developer.4d.com/docs/commands/new-object#example-4
// New object in a loop creates a new object each time
ARRAY OBJECT($refs; 0)
var vCounter : Integer
For (vCounter; 1; 100)
	APPEND TO ARRAY($refs; New object("line"; "Line number "+String(vCounter)))
End for
ASSERT(Size of array($refs)=100; "size "+String(Size of array($refs)))
ASSERT($refs{100}.line="Line number 100"; "gave "+$refs{100}.line)
ASSERT($refs{1}#$refs{2}; "same object")

// Doc: https://developer.4d.com/docs/API/CollectionClass#multisort
// All colsToSort collections must have the same number of elements, otherwise an error is returned
var $failed : Boolean:=False
Try
	[3; 1; 2].multiSort([[1; 2]])
Catch
	$failed:=True
End try
ASSERT($failed; "no error for collections of different sizes")

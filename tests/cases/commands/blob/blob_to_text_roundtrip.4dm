// language.md §12.6: BLOB to text reads back what TEXT TO BLOB wrote, for every format
var $b : Blob
var $f : Integer
For ($f; 0; 6)
	TEXT TO BLOB("Café"; $b; $f)
	ALERT(String($f)+": "+BLOB to text($b; $f))
End for

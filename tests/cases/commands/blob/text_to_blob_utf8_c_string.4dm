// language.md §12.6: TEXT TO BLOB UTF8 C string (4) = UTF-8 + NUL
#DECLARE($mode : Text; $blob : Blob) : Text
If ($mode="dump")
	var $bytes : Collection
	var $i : Integer
	$bytes:=New collection
	For ($i; 0; BLOB size($blob)-1)
		$bytes.push($blob{$i})
	End for
	return String(BLOB size($blob))+" ["+$bytes.join(" ")+"]"
End if
var $b : Blob
TEXT TO BLOB("Café"; $b; UTF8 C string)
ALERT(text_to_blob_utf8_c_string("dump"; $b))
TEXT TO BLOB(""; $b; UTF8 C string:K22:15)
ALERT(text_to_blob_utf8_c_string("dump"; $b))

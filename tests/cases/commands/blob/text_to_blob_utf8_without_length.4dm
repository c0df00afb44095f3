// language.md §12.6: TEXT TO BLOB UTF8 text without length (6) = raw UTF-8 bytes
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
TEXT TO BLOB("Café"; $b; UTF8 text without length)
ALERT(text_to_blob_utf8_without_length("dump"; $b))
TEXT TO BLOB(""; $b; UTF8 text without length:K22:17)
ALERT(text_to_blob_utf8_without_length("dump"; $b))
TEXT TO BLOB("€"; $b; 6)
ALERT(text_to_blob_utf8_without_length("dump"; $b))

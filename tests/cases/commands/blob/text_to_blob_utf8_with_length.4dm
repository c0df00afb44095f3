// language.md §12.6: TEXT TO BLOB UTF8 text with length (5) = 4-byte big-endian byte count + UTF-8
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
TEXT TO BLOB("Café"; $b; UTF8 text with length)
ALERT(text_to_blob_utf8_with_length("dump"; $b))
TEXT TO BLOB(""; $b; UTF8 text with length)
ALERT(text_to_blob_utf8_with_length("dump"; $b))

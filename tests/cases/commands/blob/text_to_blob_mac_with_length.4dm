// language.md §12.6: TEXT TO BLOB Mac text with length (2) = 2-byte big-endian length + Mac Roman text
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
TEXT TO BLOB("Café"; $b; Mac text with length)
ALERT(text_to_blob_mac_with_length("dump"; $b))
TEXT TO BLOB(""; $b; Mac text with length)
ALERT(text_to_blob_mac_with_length("dump"; $b))

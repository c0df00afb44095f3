// language.md §12.6: TEXT TO BLOB Mac text without length (3) = Mac Roman bytes only
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
TEXT TO BLOB("Café"; $b; Mac text without length)
ALERT(text_to_blob_mac_without_length("dump"; $b))
TEXT TO BLOB(""; $b; Mac text without length)
ALERT(text_to_blob_mac_without_length("dump"; $b))

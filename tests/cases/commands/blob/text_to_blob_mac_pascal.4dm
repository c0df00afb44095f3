// language.md §12.6: TEXT TO BLOB Mac Pascal string (1) = 1-byte length + Mac Roman text
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
TEXT TO BLOB("Café"; $b; Mac Pascal string)
ALERT(text_to_blob_mac_pascal("dump"; $b))
TEXT TO BLOB(""; $b; Mac Pascal string)
ALERT(text_to_blob_mac_pascal("dump"; $b))

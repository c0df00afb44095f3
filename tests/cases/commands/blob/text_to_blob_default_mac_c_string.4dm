// language.md §12.6 / §14.10: TEXT TO BLOB without format uses Mac C string (Mac Roman + NUL)
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
TEXT TO BLOB("Café"; $b)
ALERT(text_to_blob_default_mac_c_string("dump"; $b))
TEXT TO BLOB("Café"; $b; Mac C string)
ALERT(text_to_blob_default_mac_c_string("dump"; $b))
TEXT TO BLOB(""; $b)
ALERT(text_to_blob_default_mac_c_string("dump"; $b))

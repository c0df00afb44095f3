// language.md §12.6: TEXT TO BLOB with * appends to the blob
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
TEXT TO BLOB("ab"; $b; UTF8 text without length)
TEXT TO BLOB("cd"; $b; UTF8 text without length; *)
ALERT(text_to_blob_append("dump"; $b))
TEXT TO BLOB("e"; $b; UTF8 C string; *)
ALERT(text_to_blob_append("dump"; $b))

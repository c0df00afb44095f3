// language.md §12.6: TEXT TO BLOB without offset or * replaces the whole blob (resized to the text)
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
SET BLOB SIZE($b; 10; 7)
TEXT TO BLOB("ab"; $b; UTF8 text without length)
ALERT(text_to_blob_replaces("dump"; $b))

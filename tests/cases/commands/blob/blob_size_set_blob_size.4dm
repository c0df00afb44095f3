// language.md §12.6: BLOB size and SET BLOB SIZE(blob; size {; filler}) — new bytes are 0 or the filler
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
ALERT(blob_size_set_blob_size("dump"; $b))
SET BLOB SIZE($b; 5)
ALERT(blob_size_set_blob_size("dump"; $b))
SET BLOB SIZE($b; 8; 255)
ALERT(blob_size_set_blob_size("dump"; $b))
SET BLOB SIZE($b; 2)
ALERT(blob_size_set_blob_size("dump"; $b))
SET BLOB SIZE($b; 0)
ALERT(String(BLOB size($b)))

// language.md §12.6: COPY BLOB(src; dst; srcOffset; dstOffset; len) — 0-based offsets, destination grows (zero-filled)
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
var $src; $dst : Blob
TEXT TO BLOB("ABCDEF"; $src; UTF8 text without length)
COPY BLOB($src; $dst; 1; 0; 3)
ALERT(copy_blob_cmd("dump"; $dst))
COPY BLOB($src; $dst; 0; 5; 2)
ALERT(copy_blob_cmd("dump"; $dst))
ALERT(copy_blob_cmd("dump"; $src))

// language.md §12.6: TEXT TO BLOB with an offset variable writes at that offset (gap zero-filled) and advances the variable
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
var $b; $b2 : Blob
var $offset : Integer
$offset:=3
TEXT TO BLOB("AB"; $b; UTF8 text without length; $offset)
ALERT(text_to_blob_offset("dump"; $b)+" offset="+String($offset))
TEXT TO BLOB("C"; $b; UTF8 text without length; $offset)
ALERT(text_to_blob_offset("dump"; $b)+" offset="+String($offset))
$offset:=1
TEXT TO BLOB("Z"; $b; UTF8 text without length; $offset)
ALERT(text_to_blob_offset("dump"; $b)+" offset="+String($offset))
$offset:=0
TEXT TO BLOB("hi"; $b2; UTF8 text with length; $offset)
ALERT(text_to_blob_offset("dump"; $b2)+" offset="+String($offset))

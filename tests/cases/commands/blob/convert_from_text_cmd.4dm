// language.md §12.6: CONVERT FROM TEXT(text; charSet; blob) encodes in the charset (names case-insensitive, MIBEnum allowed, no BOM for UTF-8); OK=1
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
CONVERT FROM TEXT("Café"; "UTF-8"; $b)
ALERT(convert_from_text_cmd("dump"; $b))
ALERT(String(OK))
CONVERT FROM TEXT("Café"; "utf-8"; $b)
ALERT(convert_from_text_cmd("dump"; $b))
CONVERT FROM TEXT("Café"; 106; $b)
ALERT(convert_from_text_cmd("dump"; $b))
CONVERT FROM TEXT("Café"; "ISO-8859-1"; $b)
ALERT(convert_from_text_cmd("dump"; $b))
CONVERT FROM TEXT("€"; "windows-1252"; $b)
ALERT(convert_from_text_cmd("dump"; $b))
CONVERT FROM TEXT("é"; "MacRoman"; $b)
ALERT(convert_from_text_cmd("dump"; $b))
CONVERT FROM TEXT(""; "UTF-8"; $b)
ALERT(convert_from_text_cmd("dump"; $b))

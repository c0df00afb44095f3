// Doc: https://developer.4d.com/docs/commands/match-regex#example-2
// With start, pos_found and length_found the command returns each occurrence (all the tags)
var $text : Text:="a <b> c <i> d"
var $start; $pos_found; $length_found : Integer
var $found : Boolean
var $tags : Collection:=New collection
$start:=1
Repeat
	$found:=Match regex("<[^>]*>"; $text; $start; $pos_found; $length_found)
	If ($found)
		$tags.push(Substring($text; $pos_found; $length_found))
		$start:=$pos_found+$length_found
	End if
Until (Not($found))
ASSERT($tags.join(",")="<b>,<i>"; "gave "+$tags.join(","))

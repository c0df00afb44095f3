// Doc: https://developer.4d.com/docs/commands/trim#description
// Whitespace includes tabs, LF and CR; Trim start and Trim end trim one end only
var $t : Text:="\t\r\n x \n"
ASSERT(Trim($t)="x"; "Trim gave ["+Trim($t)+"]")
ASSERT(Length(Trim start($t))=3; "Trim start length "+String(Length(Trim start($t))))
ASSERT(Length(Trim end($t))=5; "Trim end length "+String(Length(Trim end($t))))

// Doc: https://developer.4d.com/docs/commands/trim#example
// Trim removes whitespace at both ends: "Hello World!"
var $input; $output : Text
$input:="     Hello World!    "
$output:=Trim($input)
ASSERT($output="Hello World!"; "gave ["+$output+"]")
ASSERT(Length($input)=21; "original modified")

// Doc: https://developer.4d.com/docs/Concepts/error-handling#examples
// Try(…) || "Error reading the file" gives the default when the expression fails
var $o : Object:=Null
var $text : Text:=Try($o.readText()) || "Error reading the file"
ASSERT($text="Error reading the file"; "gave "+$text)

// 4d/docs dom-parse-xml-variable.md, xml-get-error.md: malformed XML is an error, OK=0; XML GET ERROR gives the parser's message, row and column
var $root; $text : Text
var $row; $col : Integer
Try($root:=DOM Parse XML variable("<a>\n  <b></a>"))
ALERT(String(OK))
ALERT(String(Last errors[0].errCode))
ALERT(Last errors[0].message)
XML GET ERROR($root; $text; $row; $col)
ALERT($text+" / "+String($row)+" / "+String($col))
Try($root:=DOM Parse XML variable(""))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try($root:=DOM Parse XML variable("just text"))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try($root:=DOM Parse XML variable("<a/><b/>"))
ALERT(String(OK)+" "+Last errors[0].message)
// a parse that succeeds clears the error
$root:=DOM Parse XML variable("<ok/>")
XML GET ERROR($root; $text; $row; $col)
ALERT("["+$text+"] "+String($row))
DOM CLOSE XML($root)

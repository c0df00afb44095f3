// 4d/docs dom-parse-xml-variable.md: a Text or a BLOB holding XML gives the reference of the root element, OK=1
var $xml; $root; $name; $value : Text
$xml:="<?xml version=\"1.0\" encoding=\"UTF-8\"?><catalog><item>one</item></catalog>"
$root:=DOM Parse XML variable($xml)
ALERT(String(OK))
ALERT(String(Length($root))+" "+String(Match regex("^[0-9A-F]{32}$"; $root; 1)))
DOM GET XML ELEMENT NAME($root; $name)
ALERT($name)
// the same node always has the same reference
ALERT(String(DOM Get root XML element($root)=$root))
// a BLOB in UTF-8
var $blob : Blob
TEXT TO BLOB("<r><t>caf"+Char(233)+"</t></r>"; $blob; UTF8 text without length)
var $ref2 : Text
$ref2:=DOM Parse XML variable($blob)
DOM GET XML ELEMENT VALUE(DOM Get first child XML element($ref2); $value)
ALERT($value)
ALERT(String($ref2#$root))
// a BLOB in ISO-8859-1 with its declaration
CONVERT FROM TEXT("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>d"+Char(233)+"j"+Char(224)+"</r>"; "ISO-8859-1"; $blob)
ALERT(String(BLOB size($blob)))
$ref2:=DOM Parse XML variable($blob)
DOM GET XML ELEMENT VALUE($ref2; $value)
ALERT($value)
// a Text whose declaration names another encoding is read as text
$ref2:=DOM Parse XML variable("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>d"+Char(233)+"j"+Char(224)+"</r>")
DOM GET XML ELEMENT VALUE($ref2; $value)
ALERT($value)
ALERT(DOM Get XML information($ref2; Encoding))
DOM CLOSE XML($ref2)
DOM CLOSE XML($root)
ALERT(String(OK))

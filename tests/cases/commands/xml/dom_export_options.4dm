// 4d/docs dom-export-to-var.md, dom-set-xml-declaration.md, xml-set-options.md, xml-get-options.md: Text or BLOB target, declaration encoding/standalone, indentation
var $root; $xml : Text
var $blob : Blob
$root:=DOM Parse XML variable("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a><b x=\"1\">t</b><c/></a>")
var $indent : Integer
XML GET OPTIONS($root; XML indentation; $indent)
ALERT(String($indent=XML with indentation))
XML SET OPTIONS($root; XML indentation; XML no indentation)
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
XML SET OPTIONS($root; XML indentation; XML with indentation)
DOM SET XML DECLARATION($root; "ISO-8859-1"; True)
DOM SET XML ELEMENT VALUE(DOM Find XML element($root; "c"); "caf"+Char(233))
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
// a BLOB is encoded with the declared character set
DOM EXPORT TO VAR($root; $blob)
ALERT(String(BLOB size($blob))+" "+String(Length($xml))+" "+String($blob{BLOB size($blob)-11}))
// exporting an element that is not the root: that element alone
DOM EXPORT TO VAR(DOM Find XML element($root; "b"); $xml)
ALERT($xml)
// several options at once, and back
var $s; $d; $t : Integer
XML SET OPTIONS($root; XML string encoding; XML raw data; XML date encoding; XML datetime UTC)
XML GET OPTIONS($root; XML string encoding; $s; XML date encoding; $d; XML time encoding; $t)
ALERT(String($s)+" "+String($d)+" "+String($t))
DOM SET XML ELEMENT VALUE(DOM Find XML element($root; "c"); !2020-01-02!)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "c"); $xml)
ALERT($xml)
// line endings
XML SET OPTIONS($root; XML line ending; XML CRLF)
DOM EXPORT TO VAR($root; $xml)
ALERT(String(Position(Char(13)+Char(10); $xml)>0))
DOM CLOSE XML($root)

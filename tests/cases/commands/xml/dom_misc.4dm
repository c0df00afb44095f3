// 4d/docs dom-set-xml-element-name.md, dom-find-xml-element-by-id.md, xml-decode.md: renaming, search by id in the whole document, XML DECODE; tokenized command names
var $root; $elem; $name; $xml : Text
$root:=DOM Parse XML variable("<Book><Title id=\"t1\">The Best Seller</Title><Part><Sub id=\"deep\">x</Sub></Part></Book>")
DOM SET XML ELEMENT NAME($root; "BestSeller")
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
Try(DOM SET XML ELEMENT NAME($root; "9lives"))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
// by ID: the whole document, whatever the element passed
$elem:=DOM Find XML element by ID(DOM Find XML element($root; "Title"); "deep")
DOM GET XML ELEMENT NAME($elem; $name)
ALERT(String(OK)+" "+$name)
$elem:=DOM Find XML element by ID($root; "none")
ALERT(String(OK)+" "+$elem)
// XML DECODE
var $r : Real
var $b : Boolean
var $d : Date
var $t : Time
XML DECODE("8,5"; $r)
XML DECODE("1"; $b)
XML DECODE("2009-10-25T01:03:20"; $d)
XML DECODE("2009-10-25T01:03:20"; $t)
ALERT(String($r)+" "+String($b)+" "+String($d; ISO date)+" "+String($t))
XML DECODE("text"; $untyped)
ALERT($untyped)
// tokenized names, as in exported code
$elem:=DOM Find XML element:C864($root; "/BestSeller/Title")
DOM GET XML ELEMENT VALUE:C731($elem; $name)
ALERT($name)
DOM CLOSE XML:C722($root)

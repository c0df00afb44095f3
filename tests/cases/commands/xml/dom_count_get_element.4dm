// 4d/docs dom-count-xml-elements.md, dom-get-xml-element.md, xml-set-options.md: children named elementName, case sensitive unless XML DOM case sensitivity says otherwise
var $root; $elem; $value : Text
$root:=DOM Parse XML variable("<r><item>one</item><Item>two</Item><item>three</item><other/><item>four</item></r>")
ALERT(String(DOM Count XML elements($root; "item"))+" "+String(DOM Count XML elements($root; "none"))+" "+String(OK))
$elem:=DOM Get XML element($root; "item"; 3; $value)
ALERT(String(OK)+" "+$value)
ALERT(String($elem=DOM Find XML element($root; "item[3]")))
$elem:=DOM Get XML element($root; "item"; 9; $value)
ALERT(String(OK)+" "+$elem)
XML SET OPTIONS($root; XML DOM case sensitivity; XML case insensitive)
var $opt : Integer
XML GET OPTIONS($root; XML DOM case sensitivity; $opt)
ALERT(String($opt))
ALERT(String(DOM Count XML elements($root; "ITEM")))
$elem:=DOM Get XML element($root; "ITEM"; 2; $value)
ALERT($value)
// DOM Find XML element stays case sensitive
$elem:=DOM Find XML element($root; "ITEM")
ALERT(String(OK))
DOM CLOSE XML($root)

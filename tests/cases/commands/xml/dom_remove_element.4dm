// 4d/docs dom-remove-xml-element.md: the element goes away; its reference (and its children's) is no longer valid
var $root; $b; $c; $xml; $name : Text
$root:=DOM Parse XML variable("<r><a/><b><c>x</c></b><d/></r>")
$b:=DOM Find XML element($root; "b")
$c:=DOM Find XML element($b; "c")
DOM REMOVE XML ELEMENT($b)
ALERT(String(OK))
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
Try(DOM GET XML ELEMENT NAME($b; $name))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try(DOM GET XML ELEMENT NAME($c; $name))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
// the idiom of the corpus: remove what Find returns
DOM REMOVE XML ELEMENT(DOM Find XML element($root; "d"))
ALERT(String(DOM Count XML elements($root; "d")))
// the root cannot be removed
Try(DOM REMOVE XML ELEMENT($root))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
DOM CLOSE XML($root)
// after DOM CLOSE XML every reference of the tree is invalid
Try(DOM GET XML ELEMENT NAME($root; $name))
ALERT(String(OK)+" "+String(Last errors[0].errCode))

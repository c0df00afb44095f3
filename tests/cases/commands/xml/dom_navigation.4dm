// 4d/docs dom-get-first-child/next-sibling/parent/root-xml-element.md: navigation with optional name and value; after the last sibling OK=0; the parent of the root is "#document"
var $root; $child; $next; $name; $value; $list : Text
$root:=DOM Parse XML variable("<list><!-- c --><a>1</a>text<b>2</b><c>3</c></list>")
$child:=DOM Get first child XML element($root; $name; $value)
ALERT(String(OK)+" "+$name+"="+$value)
$next:=$child
$list:=""
While (OK=1)
	DOM GET XML ELEMENT NAME($next; $name)
	$list:=$list+$name+" "
	$next:=DOM Get next sibling XML element($next)
End while 
ALERT($list+"/ "+$next)
var $n : Integer
$next:=DOM Get next sibling XML element($child; $name; $n)
ALERT($name+" "+String($n+1))
$next:=DOM Get last child XML element($root; $name; $value)
ALERT($name+"="+$value)
$next:=DOM Get previous sibling XML element($next; $name)
ALERT($name)
$next:=DOM Get previous sibling XML element($child)
ALERT(String(OK)+" "+$next)
// parents
$next:=DOM Get parent XML element($child; $name)
ALERT(String(OK)+" "+$name+" "+String($next=$root))
var $doc : Text
$doc:=DOM Get parent XML element($root; $name; $value)
ALERT(String(OK)+" "+$name+" ["+$value+"] "+String($doc=DOM Get XML document ref($root)))
$next:=DOM Get parent XML element($doc)
ALERT(String(OK)+" "+$next)
// the root from anywhere
ALERT(String(DOM Get root XML element($child)=$root)+" "+String(DOM Get root XML element($doc)=$root))
// an element without children
$next:=DOM Get first child XML element($child)
ALERT(String(OK)+" "+$next)
DOM CLOSE XML($root)

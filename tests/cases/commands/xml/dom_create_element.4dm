// 4d/docs dom-create-xml-element.md examples 1-3: missing path elements are created, the last one is always new, name[n] inserts at position n, attribute pairs
var $vRootRef; $vElemRef; $vxPath; $xml : Text
// example 1
$vRootRef:=DOM Create XML Ref("RootElement")
$vxPath:="/RootElement/Elem1/Elem2/Elem3[2]"
$vElemRef:=DOM Create XML element($vRootRef; $vxPath)
ALERT(String(OK))
DOM EXPORT TO VAR($vRootRef; $xml)
ALERT($xml)
DOM CLOSE XML($vRootRef)
// example 2
$vRootRef:=DOM Create XML Ref("RootElement")
$vxPath:="/RootElement/Elem1/Elem2/Elem3"
$vElemRef:=DOM Create XML element($vRootRef; $vxPath; "Font"; "Verdana"; "Size"; "10")
$vElemRef:=DOM Create XML element($vRootRef; $vxPath; "Font"; "Verdana"; "Size"; "8")
$vxPath:="/RootElement/Elem1/Elem2/Elem3[2]"
$vElemRef:=DOM Create XML element($vRootRef; $vxPath; "Font"; "Arial")
DOM EXPORT TO VAR($vRootRef; $xml)
ALERT($xml)
// the result is the new element
var $font : Text
DOM GET XML ATTRIBUTE BY NAME($vElemRef; "Font"; $font)
ALERT($font+" "+String(DOM Find XML element($vRootRef; "//Elem3[2]")=$vElemRef))
// [last()] adds after the last element of that name
$vElemRef:=DOM Create XML element($vRootRef; "Elem1/Elem2/Elem3[last()]"; "Font"; "Last")
ALERT(String(DOM Find XML element($vRootRef; "//Elem3[4]")=$vElemRef))
DOM CLOSE XML($vRootRef)
// example 3: a simple name creates a child of the given element
var $root; $ref1 : Text
$root:=DOM Create XML Ref("Root")
$ref1:=DOM Create XML element($root; "Elem1")
DOM SET XML ELEMENT VALUE($ref1; "Hello")
$ref1:=DOM Create XML element($ref1; "Sub"; "n"; 2)
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
// errors: invalid name, absolute path not starting at the root
Try(DOM Create XML element($root; "Elem1/2nd"))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try(DOM Create XML element($root; "/Other/Elem1"))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try(DOM Create XML element($root; "Elem1[@a='b']"))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
DOM CLOSE XML($root)

// 4d/docs dom-find-xml-element.md: the optional array receives every reference found and the result is its first element; nothing found: OK=0
var $root; $first : Text
$root:=DOM Parse XML variable("<Root><Elem1><Elem2>aaa</Elem2><Elem2>bbb</Elem2><Elem2>ccc</Elem2></Elem1></Root>")
ARRAY TEXT($arrAfound; 0)
$first:=DOM Find XML element($root; "/Root/Elem1/Elem2"; $arrAfound)
ALERT(String(OK)+" "+String(Size of array($arrAfound))+" "+String($first=$arrAfound{1}))
var $value : Text
DOM GET XML ELEMENT VALUE($arrAfound{3}; $value)
ALERT($value)
// the usual idiom: element 0 receives the result
$arrAfound{0}:=DOM Find XML element($root; "Elem1/Elem2[2]"; $arrAfound)
ALERT(String(Size of array($arrAfound))+" "+String($arrAfound{0}=$arrAfound{1}))
// the same element found twice has the same reference
ALERT(String(DOM Find XML element($root; "//Elem2[2]")=$arrAfound{1}))
// nothing found: OK=0, empty array, null reference, no error
$first:=DOM Find XML element($root; "/Root/Missing"; $arrAfound)
ALERT(String(OK)+" "+String(Size of array($arrAfound))+" "+$first)
// an untyped variable becomes a Text array
$first:=DOM Find XML element($root; "//Elem2"; $untyped)
ALERT(String(Type($untyped)=Text array)+" "+String(Size of array($untyped)))
DOM CLOSE XML($root)

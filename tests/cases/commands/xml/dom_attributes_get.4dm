// 4d/docs dom-get-xml-attribute-by-name.md, -by-index.md, dom-count-xml-attributes.md: values converted to the variable's type; indexes follow the alphabetical order of the names; a missing attribute is an error
var $root; $line; $text; $name : Text
$root:=DOM Parse XML variable("<doc><line size=\"10\" N=\"1\" Font=\"Verdana\" ok=\"true\" when=\"2021-03-04\" price=\"12.50\">x</line></doc>")
$line:=DOM Get first child XML element($root)
var $num : Integer
DOM GET XML ATTRIBUTE BY NAME($line; "N"; $num)
ALERT(String($num+1))
var $price : Real
DOM GET XML ATTRIBUTE BY NAME($line; "price"; $price)
ALERT(String($price))
var $ok : Boolean
DOM GET XML ATTRIBUTE BY NAME($line; "ok"; $ok)
ALERT(String($ok))
var $when : Date
DOM GET XML ATTRIBUTE BY NAME($line; "when"; $when)
ALERT(String($when; ISO date))
DOM GET XML ATTRIBUTE BY NAME($line; "Font"; $text)
ALERT($text)
// names are case sensitive: "font" does not exist
Try(DOM GET XML ATTRIBUTE BY NAME($line; "font"; $text))
ALERT(String(OK)+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)
ALERT(String(DOM Count XML attributes($line))+" "+String(DOM Count XML attributes($root)))
var $i : Integer
ARRAY TEXT($names; 0)
ARRAY TEXT($values; 0)
For ($i; 1; DOM Count XML attributes($line))
	APPEND TO ARRAY($names; "")
	APPEND TO ARRAY($values; "")
	DOM GET XML ATTRIBUTE BY INDEX($line; $i; $names{$i}; $values{$i})
End for 
ALERT(JSON Stringify array($names))
ALERT(JSON Stringify array($values))
DOM GET XML ATTRIBUTE BY INDEX($line; 2; $name; $num)
ALERT($name+" "+String($num+1))
Try(DOM GET XML ATTRIBUTE BY INDEX($line; 7; $name; $text))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
Try(DOM GET XML ATTRIBUTE BY INDEX($line; 0; $name; $text))
ALERT(String(OK)+" "+String(Last errors[0].errCode))
DOM CLOSE XML($root)

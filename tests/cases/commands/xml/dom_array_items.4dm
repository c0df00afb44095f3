// 4d/docs dom-create-xml-element.md, dom-set-xml-element-value.md: the ItemsCount/ItemN idiom of real settings files (create by path, set values from an array, read them back)
var $root; $xpath; $node : Text
var $i; $count : Integer
ARRAY TEXT($array; 3)
$array{1}:="alpha"
$array{2}:="beta"
$array{3}:="gamma"
$root:=DOM Create XML Ref("Preferences4D")
$xpath:="/Preferences4D/BuildApp/ArrayExcludedPluginName"
$node:=DOM Create XML element($root; $xpath+"/ItemsCount")
DOM SET XML ELEMENT VALUE($node; Size of array($array))
For ($i; 1; Size of array($array))
	DOM SET XML ELEMENT VALUE(DOM Create XML element($root; $xpath+"/Item"+String($i)); $array{$i})
End for 
var $xml : Text
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; $xpath+"/ItemsCount"); $count)
ARRAY TEXT($back; $count)
For ($i; 1; $count)
	DOM GET XML ELEMENT VALUE(DOM Find XML element($root; $xpath+"/Item"+String($i)); $back{$i})
End for 
ALERT(String($count)+" "+JSON Stringify array($back))
// remove the items again
For ($i; 1; $count)
	DOM REMOVE XML ELEMENT(DOM Find XML element($root; $xpath+"/Item"+String($i)))
End for 
ALERT(String(DOM Count XML elements(DOM Find XML element($root; $xpath); "Item1")))
DOM CLOSE XML($root)

// 4d/docs dom-parse-xml-variable.md, dom-export-to-var.md: what a parsed document exports (DOCTYPE, comments, processing instructions, CDATA, entities, escaping)
var $root; $xml : Text
$xml:="<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE Preferences4D SYSTEM \"https://www.4d.com/dtd/2007/preferences.dtd\">\n"
$xml:=$xml+"<!-- settings -->\n<?app run=\"1\"?>\n<Preferences4D>\n\t<BuildApp>\n\t\t<BuildApplicationName>My &amp; App</BuildApplicationName>\n"
$xml:=$xml+"\t\t<BuildCompiled>False</BuildCompiled>\n\t\t<Code><![CDATA[if (a < b) {}]]></Code>\n\t\t<Empty></Empty>\n\t\t<Attr v=\"&lt;&quot;&#10;\"/>\n\t</BuildApp>\n</Preferences4D>\n"
$root:=DOM Parse XML variable($xml)
DOM EXPORT TO VAR($root; $xml)
ALERT($xml)
var $name : Text
var $compiled : Boolean
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "/Preferences4D/BuildApp/BuildApplicationName"); $name)
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "/Preferences4D/BuildApp/BuildCompiled"); $compiled)
ALERT($name+" "+String($compiled))
ALERT(DOM Get XML information($root; DOCTYPE Name)+" "+DOM Get XML information($root; Version)+" "+DOM Get XML information($root; Encoding))
DOM CLOSE XML($root)

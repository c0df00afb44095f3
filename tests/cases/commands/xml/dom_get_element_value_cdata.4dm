// 4d/docs dom-get-xml-element-value.md: the optional cDATA parameter receives the CDATA section(s); fourd: indentation between child elements is not part of a value
var $root; $value; $cdata : Text
$root:=DOM Parse XML variable("<r>\n  <style>\n    <![CDATA[.a { fill: red; }]]>\n  </style>\n  <p>one <b>two</b> three</p>\n  <s> </s>\n  <m>x<![CDATA[<y>]]>z</m>\n</r>")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "style"); $value; $cdata)
ALERT("["+$value+"] ["+$cdata+"]")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "p"); $value)
ALERT("["+$value+"]")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "s"); $value)
ALERT("["+$value+"]")
DOM GET XML ELEMENT VALUE(DOM Find XML element($root; "m"); $value; $cdata)
ALERT("["+$value+"] ["+$cdata+"]")
DOM GET XML ELEMENT VALUE($root; $value)
ALERT("["+$value+"]")
DOM CLOSE XML($root)

// 4d/docs dom-find-xml-element.md: the XPath expressions of the table (relative, absolute, //, ., .., *, @, [n], [last()], predicates, contains(), |)
#DECLARE($mode : Text; $ref : Text; $xpath : Text)
If ($mode="show")
	ARRAY TEXT($found; 0)
	var $first; $name; $value; $list : Text
	var $i; $ok : Integer
	$first:=DOM Find XML element($ref; $xpath; $found)
	$ok:=OK
	If (Size of array($found)=0)
		$list:=" result="+$first
	Else 
		$list:=" first="+String($first=$found{1})
	End if 
	For ($i; 1; Size of array($found))
		DOM GET XML ELEMENT NAME($found{$i}; $name)
		DOM GET XML ELEMENT VALUE($found{$i}; $value)
		$list:=$list+" "+$name+"="+$value
	End for 
	ALERT($xpath+" -> OK="+String($ok)+" n="+String(Size of array($found))+$list)
	return 
End if 
var $xml; $root; $book : Text
$xml:="<bookstore><book category=\"cooking\" lang=\"en\"><title>Everyday</title><price>30</price></book>"
$xml:=$xml+"<book category=\"children\" type=\"warning\"><title>Harry Potter</title><price>29.99</price></book>"
$xml:=$xml+"<book category=\"web bg-x\"><title>Learning XML</title><price>39.95</price></book>"
$xml:=$xml+"<magazine><title>Monthly</title></magazine></bookstore>"
$root:=DOM Parse XML variable($xml)
dom_find_paths("show"; $root; "book[2]/title")
dom_find_paths("show"; $root; "/bookstore/book[2]")
dom_find_paths("show"; $root; "book")
dom_find_paths("show"; $root; "book[last()]/price")
dom_find_paths("show"; $root; "//title")
dom_find_paths("show"; $root; "*")
dom_find_paths("show"; $root; ".")
dom_find_paths("show"; $root; "book[title=\"Harry Potter\"]/price")
dom_find_paths("show"; $root; "book[@type=\"warning\"]/title")
dom_find_paths("show"; $root; "book[@category][3]/title")
dom_find_paths("show"; $root; "book[1][@type=\"warning\"]")
dom_find_paths("show"; $root; "//book[contains(@category,'bg')]/title")
dom_find_paths("show"; $root; "//magazine/title | //book[1]/title")
dom_find_paths("show"; $root; "book[price>29.99]/title")
dom_find_paths("show"; $root; "/bookstore/magazine/title/..")
// attributes and text nodes designate their element
dom_find_paths("show"; $root; "//@lang")
dom_find_paths("show"; $root; "book/title/text()")
// searches are case sensitive
dom_find_paths("show"; $root; "BOOK")
// from an element: relative to it; an absolute path still starts at the root
$book:=DOM Find XML element($root; "book[3]")
dom_find_paths("show"; $book; "title")
dom_find_paths("show"; $book; "/bookstore/magazine")
dom_find_paths("show"; $book; "../magazine/title")
// 4D's pre-v18 R3 syntax: a step made of a predicate only
dom_find_paths("show"; $root; "//[@lang=\"en\"]/title")
DOM CLOSE XML($root)

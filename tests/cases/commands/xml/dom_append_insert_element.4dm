// 4d/docs dom-insert-xml-element.md example: copies of elements of one tree appended to / inserted in another (inverting two books)
var $rootRef; $newStruct; $bookRef; $newElementRef; $xml; $title : Text
$xml:="<BookCatalog><Book><Title>Open Source Web Services</Title><Date>2003</Date></Book>"
$xml:=$xml+"<Book><Title>Building XML Web services</Title><Date>2002</Date></Book></BookCatalog>"
$rootRef:=DOM Parse XML variable($xml)
$newStruct:=DOM Create XML Ref("BookCatalog")
$bookRef:=DOM Find XML element($rootRef; "/BookCatalog/Book[1]")
$newElementRef:=DOM Append XML element($newStruct; $bookRef)
ALERT(String(OK)+" "+String($newElementRef#$bookRef))
$bookRef:=DOM Find XML element($rootRef; "/BookCatalog/Book[2]")
$newElementRef:=DOM Insert XML element($newStruct; $bookRef; 1)
DOM EXPORT TO VAR($newStruct; $xml)
ALERT($xml)
// the new reference belongs to the new tree
DOM GET XML ELEMENT VALUE(DOM Find XML element($newElementRef; "Title"); $title)
ALERT($title+" "+String(DOM Get root XML element($newElementRef)=$newStruct))
// the source tree is unchanged
ALERT(String(DOM Count XML elements($rootRef; "Book")))
// an index with no child: before the first child
$newElementRef:=DOM Insert XML element($newStruct; DOM Create XML element($rootRef; "Last"); 99)
DOM GET XML ELEMENT NAME(DOM Get first child XML element($newStruct); $title)
ALERT($title)
DOM CLOSE XML($newStruct)
DOM CLOSE XML($rootRef)

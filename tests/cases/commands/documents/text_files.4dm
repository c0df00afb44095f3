// 4d/docs TEXT TO DOCUMENT / Document to text / Get document size / COPY DOCUMENT / MOVE DOCUMENT / DELETE DOCUMENT
var $base : Text
$base:=Folder(Temporary folder; fk platform path).folder("fourd_doc_"+Generate UUID).platformPath
Folder($base; fk platform path).create()
TEXT TO DOCUMENT($base+"a.txt"; "first\nsecond\r\nthird")
ALERT(String(Get document size($base+"a.txt")))
ALERT(Replace string(Document to text($base+"a.txt"); "\n"; "|"))
ALERT(Replace string(Document to text($base+"a.txt"; "UTF-8"; Document with CRLF); "\r\n"; "|"))
TEXT TO DOCUMENT($base+"b.txt"; "é"; "UTF-8")
ALERT(String(Get document size($base+"b.txt"))+" "+Document to text($base+"b.txt"))
TEXT TO DOCUMENT($base+"c.txt"; "é"; "ISO-8859-1")
ALERT(String(Get document size($base+"c.txt"))+" "+Document to text($base+"c.txt"; "ISO-8859-1"))
COPY DOCUMENT($base+"a.txt"; $base+"copy.txt")
ALERT("copy OK="+String(OK)+" "+String(Test path name($base+"copy.txt")))
Try
	COPY DOCUMENT($base+"a.txt"; $base+"copy.txt")
Catch
	ALERT("exists: "+String(Last errors[0].errCode))
End try
COPY DOCUMENT($base+"b.txt"; $base+"copy.txt"; *)
ALERT(Document to text($base+"copy.txt"))
Folder($base+"sub"; fk platform path).create()
COPY DOCUMENT($base+"a.txt"; $base+"sub/")
COPY DOCUMENT($base+"a.txt"; $base+"sub/"; "renamed.txt")
ALERT(String(Test path name($base+"sub/a.txt"))+" "+String(Test path name($base+"sub/renamed.txt")))
Folder($base+"sub2"; fk platform path).create()
COPY DOCUMENT($base+"sub/"; $base+"sub2/"; "tree")
ALERT(String(Test path name($base+"sub2/tree/renamed.txt")))
MOVE DOCUMENT($base+"copy.txt"; $base+"moved.txt")
ALERT(String(Test path name($base+"copy.txt"))+" "+String(Test path name($base+"moved.txt")))
DELETE DOCUMENT($base+"moved.txt")
ALERT(String(Test path name($base+"moved.txt")))
Try
	DELETE DOCUMENT($base+"moved.txt")
Catch
	ALERT("missing: "+String(Last errors[0].errCode))
End try
Try
	ALERT(Document to text($base+"nothing.txt"))
Catch
	ALERT("missing: "+String(Last errors[0].errCode))
End try
Folder($base; fk platform path).delete(Delete with contents)

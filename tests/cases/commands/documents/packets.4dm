// 4d/docs Create document / SEND PACKET / CLOSE DOCUMENT / Open document / RECEIVE PACKET / Append document / Document system variable
var $folder : 4D.Folder
$folder:=Folder(Temporary folder; fk platform path).folder("fourd_doc_"+Generate UUID)
$folder.create()
var $path : Text
$path:=$folder.platformPath+"note.txt"
var $doc : Time
$doc:=Create document($path)
ALERT("create OK="+String(OK)+" "+String(Document=$path)+" "+String($doc#?00:00:00?))
SEND PACKET($doc; "line one\r")
SEND PACKET($doc; "ligne deux é\r")
SEND PACKET($doc; "three")
ALERT("position "+String(Get document position($doc))+" size "+String(Get document size($doc)))
CLOSE DOCUMENT($doc)
$doc:=Open document($path; Read Mode)
var $line : Text
Repeat
	RECEIVE PACKET($doc; $line; "\r")
	ALERT("OK="+String(OK)+" ["+$line+"]")
Until (OK=0)
SET DOCUMENT POSITION($doc; 5)
RECEIVE PACKET($doc; $line; 3)
ALERT("at 5: ["+$line+"] now "+String(Get document position($doc)))
SET DOCUMENT POSITION($doc; -5; 2)
RECEIVE PACKET($doc; $line; 100)
ALERT("last five: ["+$line+"] OK="+String(OK))
CLOSE DOCUMENT($doc)
$doc:=Append document($path)
SEND PACKET($doc; " and four")
CLOSE DOCUMENT($doc)
ALERT(Replace string(Document to text($path; "UTF-8"; Document unchanged); "\r"; "|"))
var $blob : Blob
$doc:=Open document($path)
RECEIVE PACKET($doc; $blob; 4)
ALERT(String(BLOB size($blob))+" "+BLOB to text($blob; UTF8 text without length))
CLOSE DOCUMENT($doc)
$doc:=Open document($path; Get pathname)
ALERT("get pathname: "+String($doc=?00:00:00?)+" OK="+String(OK)+" "+String(Document=$path))
$folder.delete(Delete with contents)

// fourd decision (documents.py): an unknown document reference is error -51; an empty name is a cancelled dialog (OK=0, no reference)
var $doc : Time
Try
	CLOSE DOCUMENT(?00:00:42?)
Catch
	ALERT(String(Last errors[0].errCode))
End try
$doc:=Open document("")
ALERT(String(OK)+" "+String($doc))
$doc:=Create document("")
ALERT(String(OK)+" "+String($doc))
Try
	$doc:=Open document("/no/such/folder/x.txt")
Catch
	ALERT(String(Last errors[0].errCode)+" OK="+String(OK))
End try

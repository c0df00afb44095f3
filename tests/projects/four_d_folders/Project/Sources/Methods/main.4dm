// Get 4D folder (C485), Structure file (C489), Test path name (C476) in a project folder
var $db : Text:=Get 4D folder(Database folder)
ALERT(String($db=(Folder("/PACKAGE").platformPath)))
ALERT(Replace string(Get 4D folder(Current resources folder); $db; "<db>/"))
ALERT(Replace string(Structure file; $db; "<db>/"))
ALERT(String(Test path name(Structure file))+" "+String(Test path name(Get 4D folder(Current resources folder))))
ALERT(String(Test path name("four_d_folders.4DProject")=Is a document)+" "+String(Test path name("Sources")=Is a folder))
ALERT(String(Test path name("../Resources/note.txt"))+" "+String(Test path name("nope.txt")))
ALERT("["+Get 4D folder(Licenses folder)+"] "+String(OK))

// 4d/docs System folder, Folder(fk desktop folder), Temporary folder, Get 4D file
ALERT(String(System folder(Desktop)=(Folder(fk desktop folder).platformPath)))
ALERT(String(System folder(Documents folder)=(Folder(fk documents folder).platformPath)))
ALERT(String(System folder(Home folder)=(Folder(fk home folder).platformPath)))
ALERT(String(System folder=System folder(System)))
ALERT("["+System folder(System32 Win)+"]")
ALERT(String(Length(Temporary folder)>0))
ALERT("["+Get 4D file(Backup log file)+"]")
ALERT(String(Length(Application file)>0))

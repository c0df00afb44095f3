// 4d/docs Concepts/paths.md (absolute paths for File/Folder, relative ones for .file()/.folder()), FolderClass.md .delete() (-120): errors are 4D errors
var $x : Variant
Try
	$x:=File("relative.txt")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$x:=Folder("/PACKAGE/../outside")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$x:=Folder("/fourd-no-such-dir").folder("/absolute")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(String(Folder("/PACKAGE").file("../x.txt")))
Try
	$x:=File("/fourd-no-such-dir/missing.txt").getText()
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	Folder("/PACKAGE/no-such-folder").delete()
Catch
	ALERT(String(Last errors[0].errCode)+" "+Substring(Last errors[0].message; 1; Position(" (/"; Last errors[0].message)-1))
End try
Folder("/PACKAGE/no-such-folder").delete(Delete with contents)
File("/PACKAGE/no-such-folder/missing.txt").delete()
ALERT("deleting what does not exist: no error")
Try
	$x:=File("/fourd-no-such-dir/a.txt").copyTo(Folder("/fourd-no-such-dir/b"))
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$x:=File("/fourd-no-such-dir/a.txt").rename("b/c")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$x:=File("/fourd-no-such-dir/a.txt")
	$x.path:="/other"
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
Try
	$x:=4D.File.new(12)
	ALERT("File(constant) of a file that does not exist: "+String($x))
Catch
	ALERT("unexpected error")
End try

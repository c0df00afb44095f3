// Doc: https://developer.4d.com/docs/Concepts/error-handling#examples
// Try($file.open()) on a missing file returns no handle instead of stopping
var $file : 4D.File:=File("/RESOURCES/no-such-file-"+Generate UUID+".txt")
var $fileHandle : 4D.FileHandle:=Try($file.open())
ASSERT($fileHandle=Null; "got a handle")

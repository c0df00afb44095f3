// member functions read the properties of built-in objects (4D.File…) as of plain objects
var $files : Collection:=[File("/PACKAGE/a.txt"); File("/PACKAGE/docs/b.md"); Folder("/PACKAGE/c")]
ALERT(JSON Stringify($files.extract("fullName")))
ALERT(JSON Stringify($files.query("isFile = true").extract("name")))
ALERT(JSON Stringify($files.orderBy("name desc").extract("name")))
ALERT(String($files.countValues(".md"; "extension")))
ALERT(JSON Stringify($files.distinct("isFolder")))

// language.md §12.1: JSON Stringify(value; *) pretty-prints with tabs and line feeds
var $contact; $children : Object
OB SET($contact; "lastname"; "Monroe"; "firstname"; "Alan")
OB SET($children; "firstname"; "Jim"; "age"; "12")
OB SET($contact; "children"; $children)
ALERT(JSON Stringify($contact))
ALERT(JSON Stringify($contact; *))

// Doc: https://developer.4d.com/docs/commands/json-stringify#example-3
// Follows: the code (children firstname "Jim"); the example's comments show "John"
// Nested object, compact and pretty (* : tabs and line feeds)
var $Contact; $Children : Object
OB SET($Contact; "lastname"; "Monroe"; "firstname"; "Alan")
OB SET($Children; "firstname"; "Jim"; "age"; "12")
OB SET($Contact; "children"; $Children)
var $MyContact : Text:=JSON Stringify($Contact)
var $MyPContact : Text:=JSON Stringify($Contact; *)
ASSERT($MyContact="{\"lastname\":\"Monroe\",\"firstname\":\"Alan\",\"children\":{\"firstname\":\"Jim\",\"age\":\"12\"}}"; "compact "+$MyContact)
ASSERT($MyPContact="{\n\t\"lastname\": \"Monroe\",\n\t\"firstname\": \"Alan\",\n\t\"children\": {\n\t\t\"firstname\": \"Jim\",\n\t\t\"age\": \"12\"\n\t}\n}"; "pretty "+$MyPContact)

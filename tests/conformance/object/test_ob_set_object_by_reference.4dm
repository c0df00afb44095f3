// Doc: https://developer.4d.com/docs/commands/ob-set#example-7
// OB SET stores an object by reference: a later change shows through
var $ref_smith; $ref_emp : Object
OB SET($ref_smith; "name"; "Smith")
OB SET($ref_emp; "employee"; $ref_smith)
ASSERT(JSON Stringify($ref_emp)="{\"employee\":{\"name\":\"Smith\"}}"; "gave "+JSON Stringify($ref_emp))
OB SET($ref_smith; "name"; "Smyth")
ASSERT(JSON Stringify($ref_emp)="{\"employee\":{\"name\":\"Smyth\"}}"; "gave "+JSON Stringify($ref_emp))

// language.md §1, §4.7: object literal keys may start with `$`, as property names after a dot do
var $o:={$schema: "http://json-schema.org/draft-07/schema#"; type: "object"; $id: 1}
ALERT($o.$schema)
ALERT(String($o.$id)+" "+String($o["$id"]))
ALERT(JSON Stringify({$ref: "#/a"}))
ALERT(JSON Stringify(OB Keys($o)))

// 4d/docs JSON Validate: success, the error codes and messages of the docs' table, jsonPath, schemaPaths
var $schema; $r : Object
$schema:={type: "object"; properties: {name: {type: "string"; minLength: 2}; age: {type: "integer"; minimum: 0; maximum: 150}; tags: {type: "array"; uniqueItems: True; maxItems: 3}; kind: {enum: ["a"; "b"]}; code: {type: "string"; pattern: "^[A-Z]+$"}}; required: ["name"; "age"]; additionalProperties: False}
ALERT(JSON Stringify(JSON Validate({name: "Ada"; age: 36}; $schema)))
$r:=JSON Validate({name: "A"; age: 200; tags: [1; 1; 2; 3]; kind: "z"; code: "abc"; extra: 1}; $schema)
ALERT(String($r.success)+" "+String($r.errors.length))
var $e : Object
For each ($e; $r.errors)
	ALERT(String($e.code)+" "+$e.jsonPath+" "+$e.schemaPaths+" "+$e.message)
End for each
$r:=JSON Validate({age: "x"}; $schema)
For each ($e; $r.errors)
	ALERT(String($e.code)+" "+$e.message)
End for each
ALERT(JSON Stringify(JSON Validate([1; 2]; {type: "array"; items: {type: "number"}})))
ALERT(JSON Stringify(JSON Validate({n: 5}; {properties: {n: {multipleOf: 2; exclusiveMaximum: True; maximum: 5}}}).errors.extract("code")))
ALERT(JSON Stringify(JSON Validate({a: 1}; {dependencies: {a: ["b"]}}).errors[0].message))
ALERT(JSON Stringify(JSON Validate({mail: "not an email"}; {properties: {mail: {format: "email"}}}).errors[0].code))
ALERT(JSON Stringify(JSON Validate(1; {oneOf: [{type: "number"}; {type: "integer"}]}).errors[0]))
ALERT(JSON Stringify(JSON Validate("x"; {not: {type: "string"}}).errors[0].code))

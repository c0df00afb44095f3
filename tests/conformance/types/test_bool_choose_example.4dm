// Doc: https://developer.4d.com/docs/commands/bool#example
// Choose(Bool(data.married);"Married";"Single") gives "Single" when the attribute is missing
var $data : Object:=New object
var $married : Text:=Choose(Bool($data.married); "Married"; "Single")
ASSERT($married="Single"; "gave "+$married)
$data.married:=True
$married:=Choose(Bool($data.married); "Married"; "Single")
ASSERT($married="Married"; "gave "+$married)

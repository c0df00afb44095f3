// Doc: https://developer.4d.com/docs/commands/ob-get#example-3
// Follows: the code (LastName "Smith"); the example's comments show {"LastName":"john"} and read a "name" property the code never sets
// OB Get returns a sub-object, whose properties OB Get then reads
var $ref1; $ref2; $son : Object
OB SET($ref1; "LastName"; "Smith")
OB SET($ref2; "son"; $ref1)
$son:=OB Get($ref2; "son")
ASSERT(OB Get($son; "LastName")="Smith"; "gave "+String(OB Get($son; "LastName")))
ASSERT($son=$ref1; "not the same reference")

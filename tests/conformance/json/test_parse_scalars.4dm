// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// JSON Parse("42.17") Real; ("120.13";Is longint) 120; ("\"Year 42\"";Is text) "Year 42"
var $r : Real:=JSON Parse("42.17")
ASSERT($r=42.17; "1: "+String($r))
var $el : Integer:=JSON Parse("120.13"; Is longint)
ASSERT($el=120; "2: "+String($el))
var $t : Text:=JSON Parse("\"Year 42\""; Is text)
ASSERT($t="Year 42"; "3: "+$t)

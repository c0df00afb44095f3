// Doc: https://developer.4d.com/docs/commands/formula-from-string#description
// Formula from string creates a 4D.Function from text
var $f : 4D.Function:=Formula from string("2*21")
ASSERT($f.call()=42; "gave "+String($f.call()))
ASSERT(OB Instance of($f; 4D.Function); "not a 4D.Function")

// Doc: https://developer.4d.com/docs/commands/position#example-1
// Position("œ";"Bœuf";1;$length) gives 2 with $length = 1
var $length : Integer
var $r : Integer:=Position("œ"; "Bœuf"; 1; $length)
ASSERT($r=2; "position "+String($r))
ASSERT($length=1; "length "+String($length))

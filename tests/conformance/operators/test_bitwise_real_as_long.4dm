// Doc: https://developer.4d.com/docs/Concepts/dt_number#bitwise-operators
// A Real passed to a bitwise operator is evaluated as a Long first
var $r : Real:=12.0
ASSERT(($r & 4)=4; "gave "+String($r & 4))
ASSERT((3 | 4)=7; "3|4 gave "+String(3 | 4))

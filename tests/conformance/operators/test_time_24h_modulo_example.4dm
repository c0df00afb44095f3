// Doc: https://developer.4d.com/docs/Concepts/dt_time#example-2
// ?23:00:00?+?02:30:00? is ?25:30:00?; % ?24:00:00? wraps it to ?01:30:00?
var $t1; $t2 : Time
$t1:=?23:00:00?
$t2:=$t1+?02:30:00?
ASSERT($t2=?25:30:00?; "plain addition gave "+String($t2))
$t2:=($t1+?02:30:00?)%?24:00:00?
ASSERT($t2=?01:30:00?; "modulo gave "+String($t2))

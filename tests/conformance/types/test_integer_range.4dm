// Doc: https://developer.4d.com/docs/Concepts/dt_number
// The Integer range is -2^31..(2^31)-1 (MAXLONG = 2147483647)
var $i : Integer:=MAXLONG
ASSERT($i=2147483647; "MAXLONG gave "+String($i))
ASSERT(String(MAXLONG)="2147483647"; "String gave "+String(MAXLONG))

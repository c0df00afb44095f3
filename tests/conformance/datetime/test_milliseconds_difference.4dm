// Doc: https://developer.4d.com/docs/commands/milliseconds#description
// Compare the difference between two Milliseconds values
var $starttime : Integer:=Milliseconds
DELAY PROCESS(Current process; 6)
var $waittime : Integer:=Milliseconds-$starttime
ASSERT($waittime>=50; "waited "+String($waittime)+" ms")
ASSERT($waittime<5000; "waited "+String($waittime)+" ms")

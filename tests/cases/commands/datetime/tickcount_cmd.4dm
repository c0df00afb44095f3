// language.md §12.4: Tickcount (ticks, 1/60 s) — differences are never negative
var $start; $end : Integer
$start:=Tickcount
DELAY PROCESS(Current process; 6)
$end:=Tickcount
ALERT(String(($end-$start)>=0))

//%attributes = {"invisible":true,"preemptive":"capable"}
// language.md §1.5/§8.1: Formula:C1597 with This:C1470 in exported style
C_OBJECT:C1216($o)
$o:=New object:C1471("a";2;"b";3)
$o.product:=Formula:C1597(This:C1470.a*This:C1470.b)
ALERT:C41(String:C10($o.product()))
$o.a:=10
ALERT:C41(String:C10($o.product()))

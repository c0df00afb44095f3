//%attributes = {"invisible":true,"preemptive":"capable"}
// language.md §1.5: tokenized command names Name:C<n> are accepted
C_TEXT:C284($t)
C_LONGINT:C283($n)
$t:="Hello"
$n:=Length:C16($t)
ALERT:C41(String:C10($n))
ALERT:C41(Substring:C12($t;2;3))
ALERT:C41(Uppercase:C13($t))
ALERT:C41(JSON Stringify:C1217(New object:C1471("a";1;"b";"x")))
ALERT:C41(JSON Stringify:C1217(New collection:C1472(1;2)))
ALERT:C41(String:C10(Position:C15("l";$t)))

// language.md §1.5: This:C1470, cs:C1710 and 4D:C1709 tokens
$o:=New object:C1471("a";5)
$o.f:=Formula:C1597(This:C1470.a*2)
ALERT:C41(String:C10($o.f()))
ALERT:C41(String:C10(Value type:C1509(cs:C1710)=Is object:K8:27))
ALERT:C41(String:C10(Value type:C1509(4D:C1709)=Is object:K8:27))
ALERT:C41(String:C10(This:C1470=Null:C1517))

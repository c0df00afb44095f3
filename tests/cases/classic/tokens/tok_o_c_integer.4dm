  // language.md §1.5/§3.2: the tokenized obsolete declaration _O_C_INTEGER:C282
_O_C_INTEGER:C282($i)
$i:=40
$i:=$i+2
ALERT:C41(String:C10($i))

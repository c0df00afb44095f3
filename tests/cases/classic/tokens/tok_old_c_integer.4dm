  // language.md §1.5/§3.2: old spelling C_INTEGER:C282 resolved by number (= _O_C_INTEGER)
C_INTEGER:C282($i)
ALERT:C41(String:C10($i))
$i:=21
ALERT:C41(String:C10($i*2))

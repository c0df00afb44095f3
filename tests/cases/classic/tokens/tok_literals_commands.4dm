  // language.md §1.5/§1.7: True:C214, False:C215, Null:C1517 are tokenized commands
C_OBJECT($o)
ALERT:C41(String:C10(True:C214)+" "+String:C10(False:C215))
ALERT:C41(String:C10($o=Null:C1517))
ALERT:C41(String:C10(Null:C1517))

  // language.md §1.5/§12.5: Type:C295 compared with tokenized array type constants
ARRAY TEXT:C222($t;0)
ARRAY LONGINT:C221($l;0)
ARRAY BOOLEAN:C223($b;0)
ARRAY REAL:C219($r;0)
ALERT:C41(String:C10(Type:C295($t)=Text array:K8:16))
ALERT:C41(String:C10(Type:C295($l)=LongInt array:K8:19))
ALERT:C41(String:C10(Type:C295($b)=Boolean array:K8:21))
ALERT:C41(String:C10(Type:C295($r)=Real array:K8:17))

  // language.md §1.5/§13: tokenized constants Name:K<theme>:<n>
ALERT:C41(String:C10(Is text:K8:3)+" "+String:C10(Is real:K8:4)+" "+String:C10(Is longint:K8:6)+" "+String:C10(Is object:K8:27))
ALERT:C41(String:C10(Carriage return:K15:38)+" "+String:C10(Tab:K15:37)+" "+String:C10(Line feed:K15:40))
ALERT:C41(String:C10(Text array:K8:16)+" "+String:C10(LongInt array:K8:19))
ALERT:C41(String:C10(MAXLONG:K35:2))

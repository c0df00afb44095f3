  // language.md §1.5: a constant token Name:K<theme>:<n> is resolved by its number even under another spelling (Est un texte:K8:3 = Is text)
ALERT:C41(String:C10(Value type:C1509("x")=Est un texte:K8:3))
ALERT:C41(String:C10(Est un texte:K8:3))

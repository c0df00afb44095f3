  // language.md §1.5/§12.3: tokenized text commands Replace string:C233, Char:C90, Character code:C91, Lowercase:C14
C_TEXT:C284($t)
$t:=Replace string:C233("a-b-c";"-";Char:C90(43))
ALERT:C41($t)
ALERT:C41(String:C10(Character code:C91($t[[2]])))
ALERT:C41(Lowercase:C14("ABC"))

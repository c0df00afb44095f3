  // language.md §1.5: Ascii:C91 (old name of Character code) is resolved by its number
ALERT:C41(String:C10(Ascii:C91("A")))
ALERT:C41(String:C10(Ascii:C91("a")+1))

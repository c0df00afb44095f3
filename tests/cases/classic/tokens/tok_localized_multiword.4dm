  // language.md §1.5: a multi-word old/localized spelling with a token is resolved by number (Sous chaine:C12 = Substring)
ALERT:C41(Sous chaine:C12("abcdef";2;3))
ALERT:C41(String:C10(Position:C15("cd";"abcdef")))

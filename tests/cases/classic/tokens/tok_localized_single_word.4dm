  // language.md §1.5: localized (French) spellings are resolved by command number: Longueur:C16 = Length, Chaine:C10 = String, ALERTE:C41 = ALERT
ALERTE:C41(Chaine:C10(Longueur:C16("abcd")))

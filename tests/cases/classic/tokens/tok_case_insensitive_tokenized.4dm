  // language.md §1.4/§1.5: tokenized names in another letter case are still recognised
alert:C41(string:C10(length:C16("four")))
ALERT:C41(UPPERCASE:C13("mixed"))

  // language.md §12.3: Num of text ignores letters; String of integral numbers has no decimals
ALERT(String(Num("12.5")+1))
ALERT(String(Num("A1B2C3")))
ALERT(String(Num("ABCD")))
ALERT(String(42)+String(-7))

ALERT(LegacyTyped("abc"))

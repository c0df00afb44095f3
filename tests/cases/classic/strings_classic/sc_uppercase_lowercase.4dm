  // language.md §12.3: Uppercase/Lowercase remove accents unless * is passed
ALERT(Uppercase("abc"))
ALERT(Lowercase("ABC"))
ALERT(Uppercase("hélène"))
ALERT(Uppercase("hélène";*))

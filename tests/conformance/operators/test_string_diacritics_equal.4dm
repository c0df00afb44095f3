// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-comparisons
// Follows: the examples (and language.md §4.4); the sentence before them says diacritical characters are "taken into account"
// "n"="ñ", "n"="Ñ" and "A"="å" return TRUE
ASSERT("n"="ñ"; "n=ñ")
ASSERT("n"="Ñ"; "n=Ñ")
ASSERT("A"="å"; "A=å")

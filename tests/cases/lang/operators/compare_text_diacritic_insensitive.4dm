// language.md §4.4: text comparison is diacritic-insensitive
ALERT(String("n"="ñ"))
ALERT(String("A"="å"))
ALERT(String("e"="é"))
ALERT(String("Cafe"="café"))
ALERT(String("resume"="Résumé"))
ALERT(String("a"="b"))
